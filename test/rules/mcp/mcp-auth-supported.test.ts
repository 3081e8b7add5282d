import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/mcp/mcp-auth-supported';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { mcpPost, publicMcpShapes, restConnector } from '../../helpers/mcp';

test('mcp-auth-supported fires on the type of a basic security definition of an MCP connector', () => {
	const swagger = textOf(swaggerWith({ '/mcp': { post: mcpPost() } }, { securityDefinitions: { basic_auth: { type: 'basic' } } }));
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'mcp-auth-supported',
			file: 'swagger',
			message: "The security definition 'basic_auth' uses basic authentication, which Copilot Studio does not list for MCP servers: use OAuth 2.0 or an API key.",
			range: rangeOf(swagger, '"basic"'),
			jsonPointer: '/securityDefinitions/basic_auth/type',
		},
	]);
	assert.deepEqual(findings[0].data, { name: 'basic_auth' });
});

test('mcp-auth-supported reports only the basic definition beside OAuth 2.0 and API key ones', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/mcp': { post: mcpPost() } },
			{
				securityDefinitions: {
					oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} },
					api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
					legacy: { type: 'basic' },
				},
			},
		),
	);
	assert.deepEqual(runRule(rule, { swagger }).map((f) => [f.jsonPointer, f.range]), [['/securityDefinitions/legacy/type', rangeOf(swagger, '"basic"')]]);
});

test('mcp-auth-supported does not fire on OAuth 2.0, an API key, no auth, the public shapes, or basic auth on a REST connector', () => {
	const oauth = swaggerWith({ '/mcp': { post: mcpPost() } }, { securityDefinitions: { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://b', scopes: {} } } });
	const apiKey = swaggerWith({ '/mcp': { post: mcpPost() } }, { securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } } });
	const none = swaggerWith({ '/mcp': { post: mcpPost() } }, { securityDefinitions: {} });
	for (const swagger of [oauth, apiKey, none, ...publicMcpShapes(), restConnector()]) {
		assert.deepEqual(runRule(rule, { swagger }), []);
	}
});
