// `connector-certify intro`: intro.md in Microsoft's template, credential steps by auth kind, never overwritten
// without --force.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { INTRO_HEADINGS } from '../server/src/core/intro';
import { REPO_ROOT, runCli } from './helpers/cli';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
const OAUTH = join(REPO_ROOT, 'test', 'fixtures', 'editor', 'fixable');

describe('intro command', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-intro-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));

	test('writes the description paragraph and exactly the six headings, in order; API key steps for an API key connector', () => {
		const folder = join(tmp, 'notes');
		cpSync(CLEAN, folder, { recursive: true });
		const result = runCli(['intro', folder]);
		assert.equal(result.status, 0, result.stderr);
		assert.equal(result.stdout, `Wrote ${join(folder, 'intro.md')}.\n`);
		const text = readFileSync(join(folder, 'intro.md'), 'utf8');
		assert.deepEqual(headings(text), [...INTRO_HEADINGS]);
		assert.ok(!text.startsWith('#'), 'the description paragraph comes first, without a heading');
		assert.match(text, /## How to get credentials\nCreate an API key/);
		const description = (JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8')) as { info: { description: string } }).info.description;
		assert.ok(!text.includes(description), 'the paragraph is not the connector description');
	});

	test('OAuth connectors get the app registration steps with both redirect URLs', () => {
		const folder = join(tmp, 'oauth');
		cpSync(OAUTH, folder, { recursive: true });
		assert.equal(runCli(['intro', folder]).status, 0);
		const text = readFileSync(join(folder, 'intro.md'), 'utf8');
		assert.match(text, /`https:\/\/global\.consent\.azure-apim\.net\/redirect` and `https:\/\/global-test\.consent\.azure-apim\.net\/redirect`/);
	});

	test('a connector without authentication gets no credentials section, as the template allows', () => {
		const folder = join(tmp, 'anonymous');
		cpSync(CLEAN, folder, { recursive: true });
		const swagger = JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8'));
		delete swagger.securityDefinitions;
		delete swagger.security;
		writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
		const apiProperties = JSON.parse(readFileSync(join(folder, 'apiProperties.json'), 'utf8'));
		delete apiProperties.properties.connectionParameters;
		writeFileSync(join(folder, 'apiProperties.json'), JSON.stringify(apiProperties, null, 2));
		assert.equal(runCli(['intro', folder]).status, 0);
		assert.deepEqual(
			headings(readFileSync(join(folder, 'intro.md'), 'utf8')),
			INTRO_HEADINGS.filter((heading) => heading !== '## How to get credentials'),
		);
	});

	test('an existing intro.md is never replaced without --force', () => {
		const folder = join(tmp, 'kept');
		cpSync(CLEAN, folder, { recursive: true });
		writeFileSync(join(folder, 'Intro.md'), 'Mine.\n');
		const refused = runCli(['intro', folder]);
		assert.equal(refused.status, 1);
		assert.match(refused.stderr, /Intro\.md already exists; it was left as it is \(use --force to replace it\)\.\n$/);
		assert.equal(readFileSync(join(folder, 'Intro.md'), 'utf8'), 'Mine.\n');
		assert.equal(runCli(['intro', folder, '--force']).status, 0);
		assert.deepEqual(headings(readFileSync(join(folder, 'Intro.md'), 'utf8')), [...INTRO_HEADINGS]);
	});
});
