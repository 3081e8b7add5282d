/**
 * MCP server connectors: a connector whose operation carries `x-ms-agentic-protocol` is an endpoint Copilot Studio
 * speaks the Model Context Protocol to (JSON-RPC over Streamable HTTP), not a REST operation a flow calls. What the
 * model knows about them, shared by the MCP rules, the rules that stay quiet on MCP endpoints, and `mcp-probe`.
 */
import { memo } from './memo';
import { isObject } from './refs';
import type { OperationInfo, SwaggerModel } from './swagger';

export const AGENTIC_PROTOCOL_KEY = 'x-ms-agentic-protocol';

/** The Streamable HTTP transport: the one Copilot Studio speaks. */
export const MCP_STREAMABLE_PROTOCOL = 'mcp-streamable-1.0';

/** The protocol values Copilot Studio connects to today. */
export const SUPPORTED_AGENTIC_PROTOCOLS: readonly string[] = [MCP_STREAMABLE_PROTOCOL];

/** The SSE transport's value: Copilot Studio stopped connecting to SSE-only servers in August 2025. */
export const MCP_SSE_PROTOCOL = 'mcp-sse-1.0';

/** True when the operation declares `x-ms-agentic-protocol`, whatever its value (the rules judge the value). */
export function isMcpOperation(operation: OperationInfo): boolean {
	return operation.value[AGENTIC_PROTOCOL_KEY] !== undefined;
}

/** The operations that declare `x-ms-agentic-protocol`, in document order. */
export function mcpOperations(swagger: SwaggerModel): readonly OperationInfo[] {
	// A look at each operation, which other rules list anyway: searching the text for the key first took longer on a
	// connector without it (0.25 ms for Encodian's 1.1 MB against a few microseconds).
	return memo(swagger, 'mcp:operations', () => swagger.operations().filter(isMcpOperation));
}

/** True when the definition has at least one MCP endpoint: an MCP server connector. */
export function isMcpConnector(swagger: SwaggerModel): boolean {
	return mcpOperations(swagger).length > 0;
}

/**
 * The MCP endpoints' companion operations: a `GET` on the same path as an MCP `POST` (Streamable HTTP's stream for
 * server-sent messages), with or without the key itself. Copilot Studio does not call it as an action, so it should
 * be internal.
 */
export function mcpCompanions(swagger: SwaggerModel): readonly OperationInfo[] {
	return memo(swagger, 'mcp:companions', () => findMcpCompanions(swagger));
}

function findMcpCompanions(swagger: SwaggerModel): readonly OperationInfo[] {
	const postPaths = new Set(mcpOperations(swagger).filter((operation) => operation.method === 'post').map((operation) => operation.pathKey));
	return postPaths.size === 0 ? [] : swagger.operations().filter((operation) => operation.method === 'get' && postPaths.has(operation.pathKey));
}

/** True for an MCP endpoint or its companion `GET`: the operations that carry JSON-RPC rather than a REST contract. */
export function isMcpTransportOperation(swagger: SwaggerModel, operation: OperationInfo): boolean {
	return isMcpOperation(operation) || mcpCompanions(swagger).includes(operation);
}

/**
 * The URL the connector sends an operation to: the first of `schemes` (https preferred), `host`, `basePath` and the
 * operation's path. Undefined when the definition has no usable host (a policy or the author must then name the URL).
 */
export function operationUrl(root: Record<string, unknown>, pathKey: string): string | undefined {
	const host = typeof root.host === 'string' ? root.host.trim() : '';
	if (!host || /[\s{}]/.test(host)) {
		return undefined;
	}
	const schemes = Array.isArray(root.schemes) ? root.schemes.filter((scheme): scheme is string => typeof scheme === 'string') : [];
	const scheme = schemes.includes('https') || schemes.length === 0 ? 'https' : schemes[0];
	const basePath = typeof root.basePath === 'string' ? root.basePath.replace(/\/+$/, '') : '';
	const joined = `${basePath}/${pathKey.replace(/^\/+/, '')}`.replace(/\/+$/, '') || '/';
	return `${scheme}://${host}${joined.startsWith('/') ? joined : `/${joined}`}`;
}

/** The URL of the definition's first MCP endpoint, when the definition names its host. */
export function mcpEndpointUrl(swagger: SwaggerModel): string | undefined {
	const endpoint = mcpOperations(swagger).find((operation) => operation.method === 'post') ?? mcpOperations(swagger)[0];
	return endpoint ? operationUrl(swagger.root, endpoint.pathKey) : undefined;
}

/** The security definitions' `type`s (`oauth2`, `apiKey`, `basic`), for the auth rules. */
export function securityTypes(swagger: SwaggerModel): string[] {
	const definitions = swagger.root.securityDefinitions;
	if (!isObject(definitions)) {
		return [];
	}
	return Object.values(definitions).flatMap((definition) => (isObject(definition) && typeof definition.type === 'string' ? [definition.type] : []));
}
