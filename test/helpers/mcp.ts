/** MCP server connector fixtures for the rule tests: the shape of Copilot Studio's template and the public MCP connectors. */
import { swaggerWith } from './ruleTester';

export const STREAMABLE = 'mcp-streamable-1.0';

/** The MCP endpoint as the template writes it; `extra` adds or replaces keys. */
export function mcpPost(extra: object = {}): Record<string, unknown> {
	return {
		summary: 'Invoke the MCP server',
		description: 'Connects an agent to the Contoso MCP server.',
		operationId: 'InvokeMCP',
		'x-ms-agentic-protocol': STREAMABLE,
		responses: { 200: { description: 'Success' } },
		...extra,
	};
}

/** The companion GET (Streamable HTTP's event stream), internal as the public connectors write it. */
export function mcpCompanion(extra: object = {}): Record<string, unknown> {
	return { summary: 'Open the MCP event stream', description: 'Opens the event stream of the Contoso MCP server.', operationId: 'StreamMCP', 'x-ms-visibility': 'internal', responses: { 200: { description: 'Success' } }, ...extra };
}

/** The public shapes no MCP rule may fire on: `/mcp` alone, `/mcp` with its internal GET, and basePath `/mcp` with the path `/`. */
export function publicMcpShapes(): object[] {
	return [swaggerWith({ '/mcp': { post: mcpPost() } }), swaggerWith({ '/mcp': { post: mcpPost(), get: mcpCompanion() } }), swaggerWith({ '/': { post: mcpPost() } }, { basePath: '/mcp' })];
}

/**
 * A REST connector with everything the MCP rules look at (http, basic auth, `{parameters}` in the path and basePath,
 * several POSTs, a visible GET beside a POST, a GET-only path) but no `x-ms-agentic-protocol`: no MCP rule may fire.
 */
export function restConnector(): object {
	const operation = (operationId: string) => ({ summary: operationId, description: `${operationId}.`, operationId, schemes: ['http'], responses: { 200: { description: 'Success' } } });
	return swaggerWith(
		{
			'/items/{id}': { post: operation('CreateItem'), get: operation('GetItem') },
			'/mcp': { post: operation('InvokeMCP'), get: operation('StreamMCP') },
			'/status': { get: operation('GetStatus') },
		},
		{ basePath: '/{tenant}', schemes: ['http'], securityDefinitions: { basic_auth: { type: 'basic' } } },
	);
}
