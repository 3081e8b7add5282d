// `connector-certify new`: for every authentication kind, files that pass the certification profile except for the
// icon the author still has to add; titles from folder names within the title rules; never into a non-empty folder.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InputError } from '../server/src/commands/check';
import { runNew } from '../server/src/commands/newConnector';
import { check, DEFAULT_CONFIG, type EngineConfig, type Finding } from '../server/src/engine/index';
import { connectorInFolder, loadConnector } from '../server/src/host/nodeConnector';
import { NEW_AUTH_KINDS, NEW_MCP_AUTH_KINDS } from '../server/src/core/connector';
import { connectorTitleFromName, NEW_BRAND_COLOR, newConnectorFiles } from '../server/src/package/newConnector';
import { GOOD_ICON, pngOf } from './helpers/png';
import { RULES } from '../server/src/rules/index';

const FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'];

async function findingsIn(folder: string, config: EngineConfig = DEFAULT_CONFIG): Promise<Finding[]> {
	const connector = await connectorInFolder(folder);
	assert.ok(connector, `a connector in ${folder}`);
	const { input } = await loadConnector(connector);
	const result = check(RULES, input, config, {
		onRuleError: (id, error) => {
			throw new Error(`${id} failed: ${String(error)}`);
		},
	});
	return Object.values(result.findings).flat();
}

const ids = (findings: readonly Finding[]) => findings.map((finding) => `${finding.ruleId} ${finding.file}${finding.jsonPointer}`);

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

describe('new command', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-new-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	for (const auth of NEW_AUTH_KINDS) {
		test(`${auth}: only the missing icon is reported; with an icon in the brand colour nothing is`, async () => {
			const result = await runNew(join('parent', `contoso-${auth}`), auth, tmp);
			const folder = join(tmp, 'parent', `contoso-${auth}`);
			assert.deepEqual(result, { folder, files: FILES });
			assert.deepEqual(readdirSync(folder).sort(), FILES);
			assert.deepEqual(ids(await findingsIn(folder)), ['icon-present apiProperties/properties/iconBrandColor']);
			// GOOD_ICON's background is the new connector's brand colour.
			assert.equal(NEW_BRAND_COLOR, '#0058a9');
			writeFileSync(join(folder, 'icon.png'), GOOD_ICON());
			assert.deepEqual(ids(await findingsIn(folder)), []);
		});
	}

	for (const auth of NEW_MCP_AUTH_KINDS) {
		test(`--kind mcp, ${auth}: clean under every profile but for the icon (and, under strict, the intro.md the author writes)`, async () => {
			const folder = join(tmp, `contoso-mcp-${auth}`);
			await runNew(folder, auth, tmp, 'mcp');
			const expected = { validator: [], certification: ['icon-present apiProperties/properties/iconBrandColor'], strict: ['intro-present swagger/info', 'icon-present apiProperties/properties/iconBrandColor'] };
			for (const profile of ['validator', 'certification', 'strict'] as const) {
				assert.deepEqual(ids(await findingsIn(folder, { profile })), expected[profile], profile);
			}
			writeFileSync(join(folder, 'icon.png'), GOOD_ICON());
			assert.deepEqual(ids(await findingsIn(folder, { profile: 'strict' })), ['intro-present swagger/info']);
			const swagger = readJson(join(folder, 'apiDefinition.swagger.json'));
			assert.deepEqual(Object.keys(swagger.paths), ['/mcp']);
			assert.equal(swagger.basePath, '/');
			assert.deepEqual([swagger.paths['/mcp'].post['x-ms-agentic-protocol'], swagger.paths['/mcp'].post.operationId, Object.keys(swagger.paths['/mcp'].post.responses)], ['mcp-streamable-1.0', 'InvokeMCP', ['200']]);
			assert.equal(swagger.paths['/mcp'].get['x-ms-visibility'], 'internal');
			assert.deepEqual(swagger.definitions, {});
		});
	}

	test('--kind mcp refuses basic authentication, which Copilot Studio does not list for MCP servers, and creates nothing', async () => {
		const folder = join(tmp, 'contoso-mcp-basic');
		await assert.rejects(runNew(folder, 'basic', tmp, 'mcp'), (error: unknown) => error instanceof InputError && /cannot use basic authentication/.test(error.message));
		assert.equal(existsSync(folder), false);
	});

	test('the JSON files use two-space indentation and end with a newline', async () => {
		await runNew('formatted', 'apikey', tmp);
		for (const name of ['apiDefinition.swagger.json', 'apiProperties.json']) {
			const text = readFileSync(join(tmp, 'formatted', name), 'utf8');
			assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`, name);
		}
		assert.ok(readFileSync(join(tmp, 'formatted', 'readme.md'), 'utf8').endsWith('\n'));
	});

	test('the security definition and connection parameters follow the authentication kind', async () => {
		const shapes: Record<string, unknown> = {};
		for (const auth of NEW_AUTH_KINDS) {
			await runNew(`shape-${auth}`, auth, tmp);
			const swagger = readJson(join(tmp, `shape-${auth}`, 'apiDefinition.swagger.json'));
			const properties = readJson(join(tmp, `shape-${auth}`, 'apiProperties.json')).properties;
			shapes[auth] = {
				securityDefinitions: swagger.securityDefinitions,
				security: swagger.security,
				parameters: Object.fromEntries(Object.entries(properties.connectionParameters as Record<string, { type: string }>).map(([name, value]) => [name, value.type])),
			};
		}
		assert.deepEqual(shapes, {
			oauth2: {
				securityDefinitions: {
					oauth2_auth: {
						type: 'oauth2',
						flow: 'accessCode',
						authorizationUrl: 'https://www.contoso.com/oauth2/authorize',
						tokenUrl: 'https://www.contoso.com/oauth2/token',
						scopes: { 'items.read': 'Read your items.' },
					},
				},
				security: [{ oauth2_auth: ['items.read'] }],
				parameters: { token: 'oauthSetting' },
			},
			apikey: { securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } }, security: [{ api_key: [] }], parameters: { api_key: 'securestring' } },
			basic: { securityDefinitions: { basic_auth: { type: 'basic' } }, security: [{ basic_auth: [] }], parameters: { username: 'string', password: 'securestring' } },
			none: { securityDefinitions: {}, security: [], parameters: {} },
		});
		const oauth = readJson(join(tmp, 'shape-oauth2', 'apiProperties.json')).properties.connectionParameters.token.oAuthSettings;
		assert.equal(oauth.redirectMode, 'GlobalPerConnector');
		assert.equal(oauth.clientId, '[[DUMMY]]');
	});

	test('the example operation, metadata and placeholders the author replaces', async () => {
		await runNew('example', 'none', tmp);
		const swagger = readJson(join(tmp, 'example', 'apiDefinition.swagger.json'));
		assert.equal(swagger.info.title, 'Example');
		assert.equal(swagger.host, 'api.contoso.com');
		assert.deepEqual(Object.keys(swagger.paths), ['/items']);
		assert.equal(swagger.paths['/items'].get.operationId, 'ListItems');
		assert.equal(swagger.paths['/items'].get.parameters[0].in, 'query');
		assert.deepEqual(swagger['x-ms-connector-metadata'].map((entry: { propertyName: string }) => entry.propertyName), ['Website', 'Privacy policy', 'Categories']);
		const properties = readJson(join(tmp, 'example', 'apiProperties.json')).properties;
		assert.deepEqual([properties.publisher, properties.stackOwner, properties.iconBrandColor], ['Contoso', 'Contoso', '#0058a9']);
		const readme = readFileSync(join(tmp, 'example', 'readme.md'), 'utf8');
		assert.match(readme, /^# Example\n/);
		assert.match(readme, /\n## Supported Operations\n### List items\nLists the items in your account, newest first\.\n/);
	});

	test('a publisher given to the builder goes into apiProperties.json and the readme', () => {
		const files = newConnectorFiles({ name: 'Fabrikam Orders', auth: 'basic', publisher: 'Fabrikam' });
		const properties = JSON.parse(files['apiProperties.json']).properties;
		assert.deepEqual([properties.publisher, properties.stackOwner], ['Fabrikam', 'Fabrikam']);
		assert.match(files['readme.md'], /\n## Publisher: Fabrikam\n/);
	});

	test('under independent-publisher-connectors: the required brand colour, and clean without an icon', async () => {
		await runNew(join('independent-publisher-connectors', 'contoso-notes'), 'oauth2', tmp);
		const folder = join(tmp, 'independent-publisher-connectors', 'contoso-notes');
		assert.equal(readJson(join(folder, 'apiProperties.json')).properties.iconBrandColor, '#da3b01');
		assert.deepEqual(ids(await findingsIn(folder)), []);
		writeFileSync(join(folder, 'icon.png'), pngOf(230, 230, [0xda, 0x3b, 0x01, 255], [255, 255, 255, 255]));
		assert.deepEqual(ids(await findingsIn(folder)), ['icon-ip-none icon']);
	});

	test('an existing empty folder is used', async () => {
		mkdirSync(join(tmp, 'empty'));
		assert.deepEqual((await runNew('empty', 'none', tmp)).files, FILES);
	});

	test('refuses a folder that holds anything, and a path that is a file; nothing is written', async () => {
		mkdirSync(join(tmp, 'busy'));
		writeFileSync(join(tmp, 'busy', 'notes.txt'), 'Mine.\n');
		await assert.rejects(runNew('busy', 'apikey', tmp), new InputError('cannot create a connector in "busy": the folder is not empty.'));
		assert.deepEqual(readdirSync(join(tmp, 'busy')), ['notes.txt']);
		writeFileSync(join(tmp, 'plain-file'), 'Mine.\n');
		await assert.rejects(runNew('plain-file', 'apikey', tmp), new InputError('cannot create a connector in "plain-file": it exists and is not a folder.'));
		assert.equal(readFileSync(join(tmp, 'plain-file'), 'utf8'), 'Mine.\n');
	});

	test('refuses a folder name that leaves no title, and creates nothing', async () => {
		await assert.rejects(
			runNew('api-connector', 'none', tmp),
			new InputError('cannot name a connector after the folder "api-connector": use a folder name with English letters or digits besides API, Connector or a product name (for example "contoso-widgets").'),
		);
		assert.equal(existsSync(join(tmp, 'api-connector')), false);
	});
});

describe('connector titles from folder names', () => {
	test('words are split and capitalised', () => {
		assert.equal(connectorTitleFromName('my-widgets'), 'My Widgets');
		assert.equal(connectorTitleFromName('contosoNotes'), 'Contoso Notes');
		assert.equal(connectorTitleFromName('contoso_CRM 365'), 'Contoso CRM 365');
		assert.equal(connectorTitleFromName('Contoso Notes'), 'Contoso Notes');
	});

	test('accents are dropped and other scripts left out', () => {
		assert.equal(connectorTitleFromName('café-notes'), 'Cafe Notes');
		assert.equal(connectorTitleFromName('заметки-notes'), 'Notes');
		assert.equal(connectorTitleFromName('заметки'), undefined);
	});

	test('restricted words are left out', () => {
		assert.equal(connectorTitleFromName('widgets-api-connector'), 'Widgets');
		assert.equal(connectorTitleFromName('contoso-for-power-automate'), 'Contoso');
		assert.equal(connectorTitleFromName('connector'), undefined);
		assert.equal(connectorTitleFromName('---'), undefined);
	});

	test('cut at a word boundary to 30 characters', () => {
		assert.equal(connectorTitleFromName('contoso-widgets-and-gadgets-for-teams'), 'Contoso Widgets And Gadgets');
		assert.equal(connectorTitleFromName('abcdefghijklmnopqrstuvwxyzabcdefghij'), 'Abcdefghijklmnopqrstuvwxyzabcd');
		// Not ending on a word that only joined the cut part.
		assert.equal(connectorTitleFromName('the-contoso-widgets-and-gadgets-service'), 'The Contoso Widgets');
		assert.equal(connectorTitleFromName('the-contoso-widgets-and'), 'The Contoso Widgets And');
	});

	test('a long folder name still gives a connector the title rules accept', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'connector-certify-new-title-'));
		try {
			const { folder } = await runNew('the-contoso-widgets-and-gadgets-service-for-teams', 'apikey', tmp);
			assert.equal(readJson(join(folder, 'apiDefinition.swagger.json')).info.title, 'The Contoso Widgets');
			writeFileSync(join(folder, 'icon.png'), GOOD_ICON());
			assert.deepEqual(ids(await findingsIn(folder)), []);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});
