// `connector-certify readme`: the open-source repository's readme template, prefilled from the connector, with the
// template's prompts where only the author can write; the prompts are the only findings. Never overwritten without
// --force.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InputError } from '../server/src/commands/check';
import { runNew } from '../server/src/commands/newConnector';
import { runScaffold } from '../server/src/commands/scaffold';
import { ApiPropertiesModel } from '../server/src/core/apiProperties';
import { SwaggerModel } from '../server/src/core/swagger';
import { check, DEFAULT_CONFIG, parseText, type Finding } from '../server/src/engine/index';
import { connectorInFolder, loadConnector } from '../server/src/host/nodeConnector';
import { README_HEADINGS, readmeTemplate } from '../server/src/package/readme';
import { REPO_ROOT } from './helpers/cli';
import { GOOD_ICON } from './helpers/png';
import { RULES } from '../server/src/rules/index';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');

const swaggerOf = (value: object) => new SwaggerModel(parseText(JSON.stringify(value)).doc);
const apiPropertiesOf = (value: object) => new ApiPropertiesModel(parseText(JSON.stringify(value)).doc);

const SECURITY: Record<string, object> = {
	oauth2: { oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a.contoso.com/authorize', tokenUrl: 'https://a.contoso.com/token', scopes: {} } },
	apiKey: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
	basic: { basic: { type: 'basic' } },
	none: {},
};

function swagger(securityDefinitions: object = {}): SwaggerModel {
	return swaggerOf({
		swagger: '2.0',
		info: { title: 'Contoso Notes', description: 'Notes for teams.', version: '1.0' },
		host: 'notes.contoso.com',
		paths: {
			'/notes': {
				// Methods in the file's order, not the order the model lists them in.
				post: { operationId: 'CreateNote', summary: 'Create a note', description: 'Creates a note.', responses: {} },
				get: { operationId: 'ListNotes', summary: 'List notes', responses: {} },
			},
			'/notes/{id}': {
				get: { operationId: 'GetNote', description: 'Returns one note.', responses: {} },
				delete: { operationId: 'DeleteNoteHelper', summary: 'Delete helper', 'x-ms-visibility': 'internal', responses: {} },
			},
		},
		securityDefinitions,
	});
}

const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));

/** The body of a `## ` section, up to the next `## `. */
function section(text: string, heading: string): string {
	const start = text.indexOf(`\n${heading}\n`);
	assert.ok(start >= 0, `no ${heading}`);
	const body = text.slice(start + heading.length + 2);
	const end = body.indexOf('\n## ');
	return end < 0 ? body : body.slice(0, end + 1);
}

async function findingsIn(folder: string): Promise<Finding[]> {
	const { input } = await loadConnector((await connectorInFolder(folder))!);
	const result = check(RULES, input, DEFAULT_CONFIG, {
		onRuleError: (id, error) => {
			throw new Error(`${id} failed: ${String(error)}`);
		},
	});
	return Object.values(result.findings).flat();
}

describe('readme template', () => {
	test('the title, then the template sections in order, one ### per visible operation in document order', () => {
		const text = readmeTemplate(swagger(), apiPropertiesOf({ properties: { publisher: 'Contoso Ltd', iconBrandColor: '#123456' } }));
		assert.deepEqual(headings(text), [
			'# Contoso Notes',
			'## Publisher: Contoso Ltd',
			'## Prerequisites',
			'## Supported Operations',
			'### Create a note',
			'### List notes',
			'### GetNote',
			'## Obtaining Credentials',
			'## Getting Started',
			'## Known Issues and Limitations',
			'## Deployment Instructions',
		]);
		assert.deepEqual(
			headings(text).filter((line) => line.startsWith('## ')).map((line) => line.replace(/:.*/, '')),
			[...README_HEADINGS],
		);
		assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
	});

	test('operations carry their descriptions; the author is prompted where there is none', () => {
		const operations = section(readmeTemplate(swagger(), undefined), '## Supported Operations');
		assert.equal(
			operations,
			[
				'### Create a note',
				'Creates a note.',
				'',
				'### List notes',
				'Required. Describe what this operation does and what it returns.',
				'',
				'### GetNote',
				'Returns one note.',
				'',
				'',
			].join('\n'),
		);
	});

	test("without operations, title or publisher the template's own placeholders stand in", () => {
		const text = readmeTemplate(undefined, undefined);
		assert.deepEqual(headings(text).slice(0, 2), ['# Title', "## Publisher: Publisher's Name"]);
		assert.equal(section(text, '## Supported Operations'), '### Operation 1\nDescription of operation 1.\n\n');
		// A publisher that is itself template text is not taken over.
		assert.match(readmeTemplate(undefined, apiPropertiesOf({ properties: { publisher: 'Publisher' } })), /\n## Publisher: Publisher's Name\n/);
	});

	test('Obtaining Credentials follows the authentication kind', () => {
		const credentials = (kind: string) => section(readmeTemplate(swagger(SECURITY[kind]), undefined), '## Obtaining Credentials');
		assert.equal(
			credentials('oauth2'),
			[
				'Users sign in with their Contoso Notes account. To use your own OAuth app:',
				'',
				'1. Register an app in the Contoso Notes developer portal.',
				'2. Add these redirect URLs to the app: `https://global.consent.azure-apim.net/redirect` and `https://global-test.consent.azure-apim.net/redirect`.',
				'3. Grant the scopes the connector needs, then copy the client ID and client secret into the connection.',
				'',
				'',
			].join('\n'),
		);
		assert.equal(credentials('apiKey'), 'Create an API key in your Contoso Notes account settings and paste it when you create the connection.\n\n');
		assert.equal(credentials('basic'), 'Use the user name and password of your Contoso Notes account when you create the connection.\n\n');
		assert.equal(credentials('none'), 'This connector uses no authentication: connections need no credentials.\n\n');
	});

	test('Deployment Instructions give the paconn commands; OAuth adds the client ID and secret', () => {
		const apiKey = section(readmeTemplate(swagger(SECURITY.apiKey), undefined), '## Deployment Instructions');
		assert.match(apiKey, /`paconn create --api-def apiDefinition\.swagger\.json --api-prop apiProperties\.json --icon icon\.png` in this folder\.\n$/);
		assert.doesNotMatch(apiKey, /--secret|DUMMY/);
		const oauth = section(readmeTemplate(swagger(SECURITY.oauth2), undefined), '## Deployment Instructions');
		assert.match(oauth, /in place of `\[\[DUMMY\]\]`/);
		assert.match(oauth, /--secret <client secret>` in this folder\.\n$/);
	});
});

describe('readme command', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-readme-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	test('on a clean connector, the only findings are the prompts readme-placeholders points at', async () => {
		const folder = join(tmp, 'notes');
		cpSync(CLEAN, folder, { recursive: true });
		assert.deepEqual(await findingsIn(folder), []);
		rmSync(join(folder, 'readme.md'));
		assert.deepEqual(await runScaffold('readme.md', 'notes', false, tmp), { file: join(folder, 'readme.md'), written: true });
		const findings = await findingsIn(folder);
		assert.deepEqual(
			findings.map((finding) => [finding.ruleId, finding.range.start.line, finding.message]),
			[
				['readme-placeholders', 1, "Replace the template instruction from the readme template: 'Required. One paragraph, two to three sentences about Con...'."],
				['readme-placeholders', 6, "Replace the template instruction from the readme template: 'Required. List any plans, licences or tools users need be...'."],
				['readme-placeholders', 18, "Replace the template instruction from the readme template: 'Optional. Describe a first flow or app that uses the conn...'."],
				['readme-placeholders', 21, "Replace the template instruction from the readme template: 'Required. List the limits (throttling, sizes) and behavio...'."],
			],
		);
		// Once the prompts are answered (here: removed), nothing is left to report.
		const text = readFileSync(join(folder, 'readme.md'), 'utf8');
		writeFileSync(join(folder, 'readme.md'), text.replace(/^(Required|Optional)\. .*\n/gm, ''));
		assert.deepEqual(await findingsIn(folder), []);
	});

	for (const auth of ['oauth2', 'apikey', 'basic', 'none'] as const) {
		test(`${auth}: the scaffold on a new connector trips only readme-placeholders`, async () => {
			const { folder } = await runNew(`scaffold-${auth}`, auth, tmp);
			writeFileSync(join(folder, 'icon.png'), GOOD_ICON());
			assert.deepEqual(await runScaffold('readme.md', folder, true, tmp), { file: join(folder, 'readme.md'), written: true });
			const rules = new Set((await findingsIn(folder)).map((finding) => finding.ruleId));
			assert.deepEqual([...rules], ['readme-placeholders']);
		});
	}

	test('an existing readme is never replaced without force, whatever its case', async () => {
		const folder = join(tmp, 'kept');
		cpSync(CLEAN, folder, { recursive: true });
		rmSync(join(folder, 'readme.md'));
		writeFileSync(join(folder, 'README.md'), 'Mine.\n');
		assert.deepEqual(await runScaffold('readme.md', folder, false, tmp), { file: join(folder, 'README.md'), written: false });
		assert.equal(readFileSync(join(folder, 'README.md'), 'utf8'), 'Mine.\n');
		assert.deepEqual(await runScaffold('readme.md', folder, true, tmp), { file: join(folder, 'README.md'), written: true });
		assert.match(readFileSync(join(folder, 'README.md'), 'utf8'), /^# Contoso Notes\n/);
		assert.deepEqual(readdirSync(folder).filter((name) => name.toLowerCase() === 'readme.md'), ['README.md']);
	});

	test('refuses a folder without a connector, and a missing path', async () => {
		mkdirSync(join(tmp, 'nothing'));
		await assert.rejects(runScaffold('readme.md', 'nothing', false, tmp), new InputError('cannot write readme.md for "nothing": not a connector folder.'));
		assert.deepEqual(readdirSync(join(tmp, 'nothing')), []);
		await assert.rejects(runScaffold('readme.md', 'missing', false, tmp), new InputError('cannot write readme.md for "missing": not a connector folder.'));
	});
});
