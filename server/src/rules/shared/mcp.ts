/**
 * Where the REST-shaped rules stay quiet on MCP connectors: an MCP endpoint and its companion `GET` carry JSON-RPC,
 * whose payload is "dynamic by design" (reviewers accept it without a response schema), and their body is the
 * JSON-RPC message, not a field a user fills in. See docs/mcp-connectors.md for the decisions and sources.
 */
import { memo } from '../../core/memo';
import { isMcpTransportOperation } from '../../core/mcp';
import type { ParameterInfo, SwaggerModel } from '../../core/swagger';

/** The definition paths of parameters used only by MCP transport operations. */
function mcpOnlyParameters(swagger: SwaggerModel): ReadonlySet<string> {
	return memo(swagger, 'mcp:only-parameters', () => findMcpOnlyParameters(swagger));
}

function findMcpOnlyParameters(swagger: SwaggerModel): ReadonlySet<string> {
	const uses = new Map<string, boolean>();
	for (const operation of swagger.operations()) {
		const mcp = isMcpTransportOperation(swagger, operation);
		for (const parameter of operation.parameters) {
			const key = parameter.definitionPath.join('\u0000');
			uses.set(key, (uses.get(key) ?? true) && mcp);
		}
	}
	return new Set([...uses].filter(([, only]) => only).map(([key]) => key));
}

/** True for a parameter that only MCP transport operations use: the JSON-RPC body, never a designer field. */
export function isMcpTransportParameter(swagger: SwaggerModel, parameter: ParameterInfo): boolean {
	return mcpOnlyParameters(swagger).has(parameter.definitionPath.join('\u0000'));
}
