/**
 * The requests behind the VS Code commands (package, check a package, scaffold intro.md/readme.md, new connector,
 * MCP server readiness).
 * The client owns the UI; the server runs the same implementations as the CLI (`server/src/commands/`). Types and
 * request descriptions only, so the client can import this without pulling in the engine.
 */
import type { NewAuth, NewKind } from '../core/connector';
import type { UpdateKind } from '../core/updateKind';

/** A request's method with its parameter and result types (kept free of vscode-jsonrpc, whose copies differ between client and server). */
export interface CommandRequest<P, R> {
	readonly method: string;
	/** Type carriers only; never set. */
	readonly params?: P;
	readonly result?: R;
}

export interface PackageParams {
	/** The connector folder (a file system path). */
	readonly folder: string;
	/** Where the zip goes; the folder's parent when absent. */
	readonly outputDirectory?: string;
}

/** A finding that stopped a package (an error) or was let through (a warning), listed for the client to show. */
export interface PackageFinding {
	readonly path: string;
	/** 0-based, as in LSP. */
	readonly line: number;
	readonly character: number;
	readonly ruleId: string;
	readonly message: string;
}

export type PackageResult =
	| {
			readonly status: 'written';
			readonly file: string;
			readonly bytes: number;
			readonly sha256: string;
			readonly entries: readonly string[];
			/** The warnings it was packaged with: what Microsoft lets through, listed for the author to review. */
			readonly warnings: readonly PackageFinding[];
	  }
	/** Errors remain: nothing was written. They are the findings Package was refused for, for the client to list. */
	| { readonly status: 'errors'; readonly errors: readonly PackageFinding[] }
	/** Not packaged for another reason (no icon, an unreadable file, not a connector folder). */
	| { readonly status: 'refused'; readonly reason: string };

export interface CheckPackageParams {
	readonly file: string;
}

export interface CheckPackageResult {
	readonly file: string;
	readonly layout: string;
	readonly problems: readonly { readonly id: string; readonly message: string; readonly policy?: string; readonly entry?: string }[];
	/** The report as the CLI prints it, for the output channel. */
	readonly report: string;
}

export interface ScaffoldParams {
	readonly folder: string;
	readonly file: 'intro.md' | 'readme.md';
	/** Replace an existing file (only after the user agreed). */
	readonly force: boolean;
}

export interface ScaffoldResult {
	readonly file: string;
	/** False when the file exists and `force` was not given: nothing was written. */
	readonly written: boolean;
}

export type { NewAuth as NewConnectorAuth, NewKind as NewConnectorKind };

export interface NewConnectorParams {
	readonly folder: string;
	readonly auth: NewAuth;
	/** A REST connector (the default) or an MCP server connector. */
	readonly kind?: NewKind;
}

export interface NewConnectorResult {
	readonly folder: string;
	readonly files: readonly string[];
}

export interface McpEndpointParams {
	/** The connector folder. */
	readonly folder: string;
}

/** The MCP endpoint URL the connector's swagger names, or why none can be derived (then the user gives one). */
export interface McpEndpointResult {
	readonly url?: string;
	readonly reason?: string;
}

export interface McpProbeParams {
	readonly folder: string;
	/** The URL to probe; derived from the connector when absent. */
	readonly url?: string;
	/** The whole probe's limit (default 15 s). */
	readonly timeoutSeconds?: number;
	/** The tool cap (default 128). */
	readonly maxTools?: number;
}

/**
 * What "Check MCP Server Readiness" found: the report as `connector-certify mcp-probe` prints it. A server that could
 * not be probed (refused, timeout, SSE-only…) is a `RequestFailed` error with the CLI's one-line message; a
 * cancellation is `RequestCancelled`.
 */
export interface McpProbeResult {
	readonly url: string;
	readonly tools: number;
	/** Tools usable as is. */
	readonly usable: number;
	/** True when some tool is dropped, failing, mangled, weak or past the cap (the CLI's exit code 1). */
	readonly problems: boolean;
	/** The report as the CLI prints it, for the output channel. */
	readonly report: string;
}

/** Which connectors the server checks: those with an open file (the default), or every connector in the workspace. */
export type ValidateScope = 'openConnectors' | 'workspace';

/** What the client tells the server at start (initializationOptions). */
export interface InitializationOptions {
	/** The folder (a file URI) of the rule pages shipped in the extension: rule links open them. */
	readonly ruleDocumentation?: string;
	readonly validate?: ValidateScope;
	/** 'editor': the editor reports JSON syntax errors of open documents itself (VS Code's JSON service), so the server leaves them out there. */
	readonly jsonSyntaxErrors?: 'editor' | 'server';
}

export interface CheckWorkspaceResult {
	/** Connector folders found in the workspace folders. */
	readonly connectors: number;
	/** Of those, how many were checked and published before the end or a cancellation. */
	readonly checked: number;
	readonly cancelled: boolean;
}

/** Sent while "Check All Connectors in Workspace" runs. */
export interface CheckWorkspaceProgress {
	readonly checked: number;
	readonly connectors: number;
}

/**
 * Whether Microsoft will class the update of an open connector minor or major, against `connectorCertify.compareWith`
 * (see core/updateKind). Sent when it changes; without `update` when the connector is not compared any more.
 */
export interface UpdateKindParams {
	/** The connector's definition files the status is about. */
	readonly uris: readonly string[];
	readonly update?: UpdateSummary;
}

export interface UpdateSummary {
	/** The git ref compared with. */
	readonly against: string;
	readonly kind: UpdateKind;
	/** Microsoft's stated time to deployment, e.g. "6–10 weeks". */
	readonly reviewTime?: string;
	/** The changes outside Microsoft's minor-update list, in words (the first few dozen). */
	readonly majorChanges: readonly string[];
	readonly majorCount: number;
	readonly changeCount: number;
}

export const PACKAGE_REQUEST = { method: 'connectorCertify/package' } as CommandRequest<PackageParams, PackageResult>;
export const CHECK_PACKAGE_REQUEST = { method: 'connectorCertify/checkPackage' } as CommandRequest<CheckPackageParams, CheckPackageResult>;
export const SCAFFOLD_REQUEST = { method: 'connectorCertify/scaffold' } as CommandRequest<ScaffoldParams, ScaffoldResult>;
export const NEW_CONNECTOR_REQUEST = { method: 'connectorCertify/newConnector' } as CommandRequest<NewConnectorParams, NewConnectorResult>;
export const MCP_ENDPOINT_REQUEST = { method: 'connectorCertify/mcpEndpoint' } as CommandRequest<McpEndpointParams, McpEndpointResult>;
export const MCP_PROBE_REQUEST = { method: 'connectorCertify/mcpProbe' } as CommandRequest<McpProbeParams, McpProbeResult>;
export const CHECK_WORKSPACE_REQUEST = { method: 'connectorCertify/checkWorkspace' } as CommandRequest<Record<string, never>, CheckWorkspaceResult>;
export const CHECK_WORKSPACE_PROGRESS = 'connectorCertify/checkWorkspaceProgress';
export const UPDATE_KIND_NOTIFICATION = 'connectorCertify/updateKind';
