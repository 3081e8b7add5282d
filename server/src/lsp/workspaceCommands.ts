/**
 * The requests behind the VS Code commands. Each runs the CLI's implementation (`server/src/commands/`) with the
 * settings of the connector's folder; a refusal the user can act on is a result, and input that cannot be used
 * (not a connector folder, an unreadable zip) is a `RequestFailed` error with the one-line message the CLI prints.
 */
import * as path from 'node:path';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { version as packageVersion } from '../../../package.json';
import { InputError } from '../commands/check';
import { formatPackageCheck } from '../commands/packageCheckFormat';
import { runPackageCheck } from '../commands/checkPackage';
import { runNew } from '../commands/newConnector';
import { mcpEndpointOf, runMcpProbe } from '../commands/mcpProbe';
import { formatMcpProbe, mcpProbeHasProblems } from '../commands/mcpProbeFormat';
import { packageFileName, runPackage } from '../commands/package';
import { runScaffold } from '../commands/scaffold';
import type { EngineConfig } from '../engine/index';
import {
	CHECK_PACKAGE_REQUEST,
	MCP_ENDPOINT_REQUEST,
	MCP_PROBE_REQUEST,
	NEW_CONNECTOR_REQUEST,
	PACKAGE_REQUEST,
	SCAFFOLD_REQUEST,
	type CommandRequest,
	type PackageFinding,
	type PackageResult,
} from '../protocol/commands';

export interface WorkspaceCommandServices {
	/** The engine settings for a folder (as a file URI scope). */
	config(folder: string): Promise<EngineConfig>;
}

/** Registers a handler for one of the command requests, typed by its description. */
function handle<P, R>(connection: Connection, request: CommandRequest<P, R>, handler: (params: P, token: CancellationToken) => Promise<R>): void {
	connection.onRequest(request.method, (params: P, token: CancellationToken): Promise<unknown> => failingClearly(() => handler(params, token)));
}

async function failingClearly<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof ResponseError) {
			throw error;
		}
		const message = error instanceof InputError ? error.message : `${error instanceof Error ? error.message : String(error)}`.split('\n')[0];
		throw new ResponseError(LSPErrorCodes.RequestFailed, message);
	}
}

export function registerWorkspaceCommands(connection: Connection, services: WorkspaceCommandServices): void {
	handle(connection, PACKAGE_REQUEST, async (params): Promise<PackageResult> => {
		const folder = path.resolve(params.folder);
		const output = params.outputDirectory ? path.join(path.resolve(folder, params.outputDirectory), packageFileName(folder)) : undefined;
		// Paths in messages are shown from the parent folder: "Notes/icon.png" names the connector too.
		const run = await runPackage(folder, output, await services.config(folder), path.dirname(folder));
		if (run.check.problems.length) {
			return { status: 'refused', reason: run.check.problems.join(' ') };
		}
		const findings = (severity: 'error' | 'warning'): PackageFinding[] =>
			run.check.files.flatMap((file) =>
				file.findings
					.filter((finding) => finding.severity === severity)
					.map((finding) => ({ path: file.absolutePath, line: finding.range.start.line, character: finding.range.start.character, ruleId: finding.ruleId, message: finding.message })),
			);
		if (run.errors > 0) {
			return { status: 'errors', errors: findings('error') };
		}
		if (!run.output) {
			return { status: 'refused', reason: run.refusal ?? 'nothing to package' };
		}
		const warnings = findings('warning');
		return { status: 'written', ...run.output, warnings };
	});

	handle(connection, CHECK_PACKAGE_REQUEST, async (params) => {
		const cwd = path.dirname(params.file);
		const result = await runPackageCheck(params.file, cwd);
		return { file: result.file, layout: result.layout, problems: result.problems, report: formatPackageCheck(result, 'text', cwd) };
	});

	handle(connection, SCAFFOLD_REQUEST, (params) => runScaffold(params.file, params.folder, params.force, params.folder));

	handle(connection, MCP_ENDPOINT_REQUEST, async (params) => {
		const endpoint = await mcpEndpointOf(params.folder, path.dirname(params.folder));
		return endpoint.url ? { url: endpoint.url } : { reason: endpoint.reason };
	});

	// The one request that uses the network, only when the user runs the command; Cancel aborts it.
	handle(connection, MCP_PROBE_REQUEST, async (params, token) => {
		const controller = new AbortController();
		const listener = token.onCancellationRequested(() => controller.abort());
		try {
			const options = { url: params.url, timeoutSeconds: params.timeoutSeconds, maxTools: params.maxTools, signal: controller.signal, clientVersion: packageVersion };
			const run = await runMcpProbe(params.folder, options, path.dirname(params.folder)).catch((error: unknown) => {
				throw token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'The MCP probe was cancelled.') : error;
			});
			return { url: run.url, tools: run.readiness.toolCount, usable: run.readiness.counts.usable, problems: mcpProbeHasProblems(run), report: formatMcpProbe(run, 'text') };
		} finally {
			listener.dispose();
		}
	});

	handle(connection, NEW_CONNECTOR_REQUEST, (params) => runNew(params.folder, params.auth, path.dirname(params.folder), params.kind ?? 'rest'));
}
