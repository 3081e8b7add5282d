// `package --check`: the submission zip checker (rules.md §9). Zips are built here with fflate; every case asserts
// the exact problem list, so a check that stops firing or starts firing elsewhere fails.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { formatPackageCheck } from '../server/src/commands/packageCheckFormat';
import { InputError } from '../server/src/commands/check';
import { runPackageCheck, type PackageCheckResult } from '../server/src/commands/checkPackage';
import { buildPackage } from '../server/src/package/build';
import { checkSubmission, SUBMISSION_LIMITS, type SubmissionLimits, type SubmissionProblem } from '../server/src/package/checkSubmission';
import { REPO_ROOT } from './helpers/cli';
import { pngOf } from './helpers/png';

const MTIME = new Date(1980, 0, 1);
type Files = Record<string, Uint8Array | string>;

function zip(files: Files): Uint8Array {
	const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
	for (const [name, content] of Object.entries(files)) {
		entries[name] = [typeof content === 'string' ? strToU8(content) : content, { mtime: MTIME }];
	}
	return zipSync(entries, { level: 6, mtime: MTIME });
}

/** Rewrites fields of the central directory record of `name` (offsets as in the zip specification). */
function patchCentral(bytes: Uint8Array, name: string, patch: (view: DataView, at: number) => void): Uint8Array {
	const copy = bytes.slice();
	const view = new DataView(copy.buffer);
	const wanted = strToU8(name);
	for (let at = 0; at + 46 < copy.length; at++) {
		if (view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === wanted.length && wanted.every((byte, i) => copy[at + 46 + i] === byte)) {
			patch(view, at);
			return copy;
		}
	}
	throw new Error(`no central directory record for ${name}`);
}

const ICON = pngOf(8, 8, [0x00, 0x58, 0xa9, 255]);
const SWAGGER = JSON.stringify({
	swagger: '2.0',
	info: { title: 'Notes', version: '1.0' },
	paths: { '/notes': { get: { operationId: 'ListNotes' }, post: { operationId: 'CreateNote' } } },
});
const CLASSIC: Files = { 'apiDefinition.swagger.json': SWAGGER, 'apiProperties.json': '{"properties":{}}', 'icon.png': ICON };

const CONTENT_TYPES = '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/octet-stream" /></Types>';
const SOLUTION_XML = '<?xml version="1.0" encoding="utf-8"?><ImportExportXml><SolutionManifest><UniqueName>Notes</UniqueName></SolutionManifest></ImportExportXml>';
const CONNECTOR_NODE = `
  <Connectors>
    <Connector>
      <name>cr123_notes</name>
      <openapidefinition>/Connector/cr123_notes_openapidefinition.json</openapidefinition>
      <iconblob>/Connector/cr123_notes_iconblob.Png</iconblob>
    </Connector>
  </Connectors>`;
const FLOW_FILE = 'Workflows/SampleFlow-7A1F2B3C-0000-4000-8000-000000000001.json';
const FLOW = JSON.stringify({
	properties: {
		definition: {
			actions: {
				List_notes: { type: 'OpenApiConnection', inputs: { host: { connectionName: 'shared_cr123-5fnotes', operationId: 'ListNotes', apiId: '/providers/Microsoft.PowerApps/apis/shared_cr123-5fnotes' } } },
				Send_email: { type: 'OpenApiConnection', inputs: { host: { operationId: 'SendEmailV2' } } },
			},
		},
	},
});

function customizations(options: { connector?: boolean; workflows?: readonly string[]; plugin?: boolean }): string {
	const workflows = options.workflows
		? `<Workflows>${options.workflows.map((file) => `<Workflow WorkflowId="{7a1f2b3c}" Name="Sample"><JsonFileName>/${file}</JsonFileName></Workflow>`).join('')}</Workflows>`
		: '<Workflows />';
	const plugin = options.plugin ? '<aicopilot_aiplugins><aicopilot_aiplugin aicopilot_name="cr123_notesplugin"><aicopilot_pluginname>Notes</aicopilot_pluginname></aicopilot_aiplugin></aicopilot_aiplugins>' : '';
	// An empty <Connector /> and a commented-out node must not count as a connector.
	const connector = options.connector ? CONNECTOR_NODE : '<!-- <Connector><name>old</name></Connector> --><Connectors><Connector /></Connectors>';
	return `<?xml version="1.0" encoding="utf-8"?><ImportExportXml><Entities />${workflows}${connector}${plugin}</ImportExportXml>`;
}

const CONNECTOR_FILES: Files = {
	'Connector/cr123_notes_openapidefinition.json': SWAGGER,
	'Connector/cr123_notes_iconblob.Png': ICON,
	'Connector/cr123_notes_connectionparameters.json': '{}',
};

function solution(options: { connector?: boolean; workflows?: boolean; plugin?: boolean }, extra: Files = {}, omit: readonly string[] = []): Uint8Array {
	const files: Files = {
		'[Content_Types].xml': CONTENT_TYPES,
		'customizations.xml': customizations({ connector: options.connector, workflows: options.workflows ? [FLOW_FILE] : undefined, plugin: options.plugin }),
		'solution.xml': SOLUTION_XML,
		...(options.connector ? CONNECTOR_FILES : {}),
		...(options.workflows ? { [FLOW_FILE]: FLOW } : {}),
		...(options.plugin ? { 'aiplugins/cr123_notesplugin.json': '{}', 'aipluginoperations/cr123_listnotes.json': '{}' } : {}),
		...extra,
	};
	for (const name of omit) {
		delete files[name];
	}
	return zip(files);
}

const CONNECTOR_SOLUTION = () => solution({ connector: true });
const FLOW_SOLUTION = () => solution({ connector: true, workflows: true });
const PLUGIN_SOLUTION = () => solution({ connector: true, plugin: true });

function pkg(assets: Files, extra: Files = {}): Uint8Array {
	const files: Files = { 'NotesPackage.dll': 'MZ', '[Content_Types].xml': CONTENT_TYPES, ...extra };
	for (const [name, content] of Object.entries(assets)) {
		files[`PkgAssets/${name}`] = content;
	}
	return zip(files);
}

const GOOD_ASSETS = (): Files => ({ 'ConnectorSolution.zip': CONNECTOR_SOLUTION(), 'FlowSolution.zip': FLOW_SOLUTION(), 'ImportConfig.xml': '<configdatastorage />' });

function submission(packageZip: Uint8Array, extra: Files = {}): Uint8Array {
	return zip({ 'intro.md': 'Notes keeps notes.\n', 'NotesPackage.pdpkg.zip': packageZip, ...extra });
}

const P = 'NotesPackage.pdpkg.zip';
const ASSETS = `sub.zip/${P}/PkgAssets`;

function problems(bytes: Uint8Array, name = 'sub.zip', limits?: SubmissionLimits): SubmissionProblem[] {
	return [...checkSubmission(bytes, name, limits).problems];
}

describe('package check: classic zip (§9.1)', () => {
	test('the three artifacts pass, and so does the zip connector-certify package builds', () => {
		assert.deepEqual(checkSubmission(zip(CLASSIC), 'sub.zip'), {
			layout: 'classic',
			problems: [],
			entries: ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png'],
		});
		const clean = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
		const built = buildPackage({
			'apiDefinition.swagger.json': readFileSync(join(clean, 'apiDefinition.swagger.json')),
			'apiProperties.json': readFileSync(join(clean, 'apiProperties.json')),
			'icon.png': readFileSync(join(clean, 'icon.png')),
		});
		assert.deepEqual(checkSubmission(built, 'Notes-certification.zip'), {
			layout: 'classic',
			problems: [],
			entries: ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png'],
		});
	});

	test('missing, extra and wrongly cased artifacts', () => {
		const { 'icon.png': _icon, 'apiDefinition.swagger.json': swagger, ...rest } = CLASSIC;
		assert.deepEqual(problems(zip({ ...rest, 'ApiDefinition.swagger.json': swagger, 'readme.md': '# Notes' })), [
			{
				id: 'zip-three-artifacts',
				message: "'ApiDefinition.swagger.json' must be named 'apiDefinition.swagger.json': names in the archive are case-sensitive (connector-certify package writes the exact names).",
				entry: 'ApiDefinition.swagger.json',
			},
			{
				id: 'zip-three-artifacts',
				message: "The archive must contain only the three artifact files (apiDefinition.swagger.json, apiProperties.json, icon.png): remove 'readme.md'.",
				entry: 'readme.md',
			},
			{
				id: 'zip-three-artifacts',
				message: "The archive must contain the required three artifact files: apiDefinition.swagger.json, apiProperties.json and the connector icon, icon.png; 'icon.png' is missing.",
			},
		]);
	});

	test('macOS junk and folders, nested ones included; a zipped folder gets a hint', () => {
		assert.deepEqual(problems(zip({ ...CLASSIC, '.DS_Store': 'x', '__MACOSX/._icon.png': 'x', 'docs/more/notes.txt': 'x' })), [
			{ id: 'zip-no-os-junk', message: "When using macOS, ensure that only the three connector artifact files are included in the .zip archive: remove '.DS_Store'.", entry: '.DS_Store' },
			{ id: 'zip-no-os-junk', message: "When using macOS, ensure that only the three connector artifact files are included in the .zip archive: remove the '__MACOSX/' folder.", entry: '__MACOSX/' },
			{ id: 'zip-no-os-junk', message: "The archive must hold only the three artifact files, with no folder: remove the folder 'docs/'.", entry: 'docs/' },
		]);
		const folder: Files = {};
		for (const [name, content] of Object.entries(CLASSIC)) {
			folder[`Notes/${name}`] = content;
		}
		// No .json or .png at the root and no .md or .zip either: still read as a classic zip.
		assert.deepEqual(problems(zip(folder)), [
			{ id: 'zip-no-os-junk', message: "The archive must hold only the three artifact files, with no folder: remove the folder 'Notes/' (zip the files inside the folder, not the folder itself).", entry: 'Notes/' },
			...['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png'].map((name) => ({
				id: 'zip-three-artifacts',
				message: `The archive must contain the required three artifact files: apiDefinition.swagger.json, apiProperties.json and the connector icon, icon.png; '${name}' is missing.`,
			})),
		]);
	});

	test('unparsable JSON and an icon that is not a PNG', () => {
		assert.deepEqual(problems(zip({ ...CLASSIC, 'apiProperties.json': '{\n  "properties": {,}\n}', 'icon.png': '<svg/>' })), [
			{ id: 'zip-json-syntax', message: "'apiProperties.json' is not valid JSON at line 2, column 18: A value is expected.", entry: 'apiProperties.json' },
			{ id: 'zip-icon-png', message: "The icon must be submitted in PNG format as icon.png: 'icon.png' does not start with the PNG signature.", entry: 'icon.png' },
		]);
	});
});

describe('package check: Partner Center package (§9.2)', () => {
	test('a connector and a flow solution pass', () => {
		const result = checkSubmission(submission(pkg(GOOD_ASSETS())), 'sub.zip');
		assert.equal(result.layout, 'partner-center');
		assert.deepEqual(result.problems, []);
		assert.deepEqual(result.entries.slice(0, 6), ['intro.md', P, `${P}/NotesPackage.dll`, `${P}/[Content_Types].xml`, `${P}/PkgAssets/ConnectorSolution.zip`, `${P}/PkgAssets/FlowSolution.zip`]);
		assert.ok(result.entries.includes(`${P}/PkgAssets/FlowSolution.zip/${FLOW_FILE}`));
	});

	test('with an AI plugin, three solutions pass; Intro.md is accepted as CPV matches *.md', () => {
		const packageZip = pkg({ ...GOOD_ASSETS(), 'PluginSolution.zip': PLUGIN_SOLUTION() });
		const result = checkSubmission(zip({ 'Intro.md': 'x', 'Package.zip': packageZip }), 'sub.zip');
		assert.equal(result.layout, 'partner-center');
		assert.deepEqual(result.problems, []);
	});

	test('outer zip: folders, two .md files, no package zip', () => {
		assert.deepEqual(problems(zip({ 'intro.md': 'x', 'readme.md': 'x', 'assets/NotesPackage.zip': pkg(GOOD_ASSETS()) })), [
			{ id: 'pkg-outer-no-folders', message: "The provided zip file should not contain any folder inside 'sub.zip'. Please remove the folder assets.", policy: '5000.1.1.11', entry: 'assets/' },
			{
				id: 'pkg-outer-intro-and-zip',
				message: "The provided zip file should contain both intro.md and package zip file in 'sub.zip'. There are 2 .md files ('intro.md', 'readme.md'): keep only intro.md.",
				policy: '5000.1.1.5',
			},
			{ id: 'pkg-outer-intro-and-zip', message: "The provided zip file should contain both intro.md and package zip file in 'sub.zip'. The package zip file is missing. Please add the required file.", policy: '5000.1.1.5' },
		]);
	});

	test('the package zip checked on its own by mistake reads as a Partner Center package missing its outer zip', () => {
		assert.deepEqual(problems(pkg(GOOD_ASSETS()), P), [
			{ id: 'pkg-outer-no-folders', message: `The provided zip file should not contain any folder inside '${P}'. Please remove the folder PkgAssets.`, policy: '5000.1.1.11', entry: 'PkgAssets/' },
			{ id: 'pkg-outer-intro-and-zip', message: `The provided zip file should contain both intro.md and package zip file in '${P}'. The intro.md file is missing. Please add the required file.`, policy: '5000.1.1.5' },
			{ id: 'pkg-outer-intro-and-zip', message: `The provided zip file should contain both intro.md and package zip file in '${P}'. The package zip file is missing. Please add the required file.`, policy: '5000.1.1.5' },
		]);
	});

	test('outer zip: a lone package zip is a Partner Center package without intro.md; two zips are not opened', () => {
		assert.deepEqual(problems(zip({ [P]: pkg(GOOD_ASSETS()) })), [
			{ id: 'pkg-outer-intro-and-zip', message: "The provided zip file should contain both intro.md and package zip file in 'sub.zip'. The intro.md file is missing. Please add the required file.", policy: '5000.1.1.5' },
		]);
		assert.deepEqual(problems(submission(pkg({}), { 'Other.zip': 'not even a zip' })), [
			{
				id: 'pkg-outer-intro-and-zip',
				message: `The provided zip file should contain both intro.md and package zip file in 'sub.zip'. There are 2 .zip files ('${P}', 'Other.zip'): keep only the package zip file.`,
				policy: '5000.1.1.5',
			},
		]);
	});

	test('package zip: no folder, or an extra __MACOSX folder beside PkgAssets (then PkgAssets is still checked)', () => {
		assert.deepEqual(problems(submission(zip({ 'NotesPackage.dll': 'MZ', 'ConnectorSolution.zip': CONNECTOR_SOLUTION() }))), [
			{
				id: 'pkg-assets-folder',
				message: `The package zip file should contain a folder ideally named 'PkgAssets' inside 'sub.zip/${P}'. Please add the folder containing the solution zip files.`,
				policy: '5000.1.1.12',
				entry: P,
			},
		]);
		assert.deepEqual(problems(submission(pkg({ 'FlowSolution.zip': FLOW_SOLUTION(), 'Nested/ConnectorSolution.zip': CONNECTOR_SOLUTION() }, { '__MACOSX/PkgAssets/._FlowSolution.zip': 'x' }))), [
			{
				id: 'pkg-assets-folder',
				message: `The package zip file should contain one folder ideally named 'PkgAssets' inside 'sub.zip/${P}', not 2: '__MACOSX', 'PkgAssets'.`,
				policy: '5000.1.1.12',
				entry: P,
			},
			{ id: 'pkg-assets-no-subfolders', message: `The package folder 'PkgAssets' should not contain any folder inside '${ASSETS}'. Please remove the folder Nested.`, entry: `${P}/PkgAssets/Nested/` },
			{ id: 'pkg-solution-count', message: `The package folder 'PkgAssets' should contain connector and flow solution zip files in '${ASSETS}', not 1.`, entry: `${P}/PkgAssets/` },
			{ id: 'pkg-connector-solution-valid', message: `Connector solution in '${ASSETS}' is invalid. Connector solution should only contain 'Connector' folder.`, policy: '5000.1.1.6', entry: `${P}/PkgAssets/` },
		]);
	});

	test('solution count: none, or three without a plugin', () => {
		assert.deepEqual(problems(submission(pkg({ 'ImportConfig.xml': '<x/>' }))), [
			{
				id: 'pkg-solution-count',
				message: `The package folder 'PkgAssets' does not contain solution zip files in '${ASSETS}'. Please add the required connector and flow solution zip files.`,
				policy: '5000.1.1.13',
				entry: `${P}/PkgAssets/`,
			},
		]);
		assert.deepEqual(problems(submission(pkg({ ...GOOD_ASSETS(), 'Extra.zip': CONNECTOR_SOLUTION() }))), [
			{ id: 'pkg-solution-count', message: `The package folder 'PkgAssets' should contain only connector and flow solution zip files in '${ASSETS}', not 3.`, entry: `${P}/PkgAssets/` },
		]);
	});

	test('a plugin solution makes three expected; a plugin solution without its folders', () => {
		const broken = solution({ connector: true, plugin: true }, {}, ['aipluginoperations/cr123_listnotes.json']);
		assert.deepEqual(problems(submission(pkg({ 'FlowSolution.zip': FLOW_SOLUTION(), 'PluginSolution.zip': broken }))), [
			{
				id: 'pkg-plugin-folders',
				message: `The solution zip file 'PluginSolution.zip' in '${ASSETS}' should contain folder namely 'aipluginoperations': customizations.xml has an <aicopilot_aiplugin> node.`,
				entry: `${P}/PkgAssets/PluginSolution.zip`,
			},
			{
				id: 'pkg-solution-count',
				message: `The package folder 'PkgAssets' should contain connector, flow and AIplugin solution zip files in '${ASSETS}', not 2. Please have all the three solution zip files as this is a plugin connector.`,
				entry: `${P}/PkgAssets/`,
			},
			{ id: 'pkg-connector-solution-valid', message: `Connector solution in '${ASSETS}' is invalid. Connector solution should only contain 'Connector' folder.`, policy: '5000.1.1.6', entry: `${P}/PkgAssets/` },
		]);
		// The plugin node sits in the flow solution: no solution qualifies as the plugin (or the flow) solution.
		const mixed = solution({ connector: true, workflows: true, plugin: true });
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': CONNECTOR_SOLUTION(), 'FlowSolution.zip': mixed, 'Third.zip': CONNECTOR_SOLUTION() }))), [
			{ id: 'pkg-flow-solution-valid', message: `Flow solution in '${ASSETS}' is invalid. Flow solution should contain both 'Connector' and 'Workflows' folders.`, policy: '5000.1.1.7', entry: `${P}/PkgAssets/` },
			{
				id: 'pkg-plugin-solution-valid',
				message: `Plugin solution in '${ASSETS}' is invalid. Plugin solution should contain 'Connector', 'aiplugins' and 'aipluginoperations' folders.`,
				entry: `${P}/PkgAssets/`,
			},
		]);
	});

	test('solution contents: root files, Connector and Workflows folders, connector files', () => {
		const noRoot = solution({ connector: true }, {}, ['[Content_Types].xml', 'solution.xml']);
		const noConnectorFolder = solution({ connector: true, workflows: true }, {}, Object.keys(CONNECTOR_FILES));
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': noRoot, 'FlowSolution.zip': noConnectorFolder }))), [
			{
				id: 'pkg-solution-root-files',
				message: `The solution zip file 'ConnectorSolution.zip' in '${ASSETS}' should contain three files namely '[Content_Types].xml', 'customizations.xml', 'solution.xml'. Please add the missing '[Content_Types].xml, solution.xml' to the solution zip file.`,
				policy: '5000.1.1.10',
				entry: `${P}/PkgAssets/ConnectorSolution.zip`,
			},
			{
				id: 'pkg-connector-folder',
				message: `The solution zip file 'FlowSolution.zip' in '${ASSETS}' should contain one folder namely 'Connector': customizations.xml has a <Connector> node.`,
				policy: '5000.1.1.8',
				entry: `${P}/PkgAssets/FlowSolution.zip`,
			},
		]);
		const noWorkflowsFolder = solution({ connector: true, workflows: true }, {}, [FLOW_FILE]);
		const noConnectorFiles = solution({ connector: true }, {}, ['Connector/cr123_notes_openapidefinition.json', 'Connector/cr123_notes_iconblob.Png']);
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': noConnectorFiles, 'FlowSolution.zip': noWorkflowsFolder }))), [
			{
				id: 'pkg-apidef',
				message: "Package should contain apiDefinition.json: the 'Connector' folder of 'ConnectorSolution.zip' has no *_openapidefinition.json file.",
				policy: '5000.1.1.3',
				entry: `${P}/PkgAssets/ConnectorSolution.zip`,
			},
			{
				id: 'pkg-icon',
				message: "Package should contain an icon: the 'Connector' folder of 'ConnectorSolution.zip' has no *_iconblob.Png file.",
				policy: '5000.1.1.1',
				entry: `${P}/PkgAssets/ConnectorSolution.zip`,
			},
			{
				id: 'pkg-workflows-folder',
				message: `The solution zip file 'FlowSolution.zip' in '${ASSETS}' should contain folder namely 'Workflows': customizations.xml has a <Workflows> node.`,
				policy: '5000.1.1.14',
				entry: `${P}/PkgAssets/FlowSolution.zip`,
			},
		]);
	});

	test('workflow files and customizations.xml must match both ways (ignoring case); the flow must call the connector', () => {
		const stray = 'Workflows/Stray-0000.json';
		const mismatched = solution({ connector: true, workflows: true }, { 'customizations.xml': customizations({ connector: true, workflows: [FLOW_FILE.toUpperCase(), 'Workflows/Gone-0000.json'] }), [stray]: '{}' });
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': CONNECTOR_SOLUTION(), 'FlowSolution.zip': mismatched }))), [
			{
				id: 'pkg-workflow-files-match',
				message: "Invalid workflow solution. Mismatch between workflows found in customization file and workflow json files present: customizations.xml lists '/Workflows/Gone-0000.json', which is not in the zip.",
				policy: '5000.1.1.15',
				entry: `${P}/PkgAssets/FlowSolution.zip/customizations.xml`,
			},
			{
				id: 'pkg-workflow-files-match',
				message: "Invalid workflow solution. Mismatch between workflows found in customization file and workflow json files present: 'Workflows/Stray-0000.json' is not listed in customizations.xml.",
				policy: '5000.1.1.15',
				entry: `${P}/PkgAssets/FlowSolution.zip/${stray}`,
			},
		]);
		const unrelated = solution({ connector: true, workflows: true }, { [FLOW_FILE]: FLOW.replace('ListNotes', 'GetItems') });
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': CONNECTOR_SOLUTION(), 'FlowSolution.zip': unrelated }))), [
			{
				id: 'pkg-searchable-actions',
				message: "Connectors and actions should be searchable using the sample flow contained in the package: no flow in 'FlowSolution.zip' calls an operation of its connector (CreateNote, ListNotes).",
				policy: '5000.1.1.9',
				entry: `${P}/PkgAssets/FlowSolution.zip`,
			},
		]);
		const badJson = solution({ connector: true, workflows: true }, { [FLOW_FILE]: '{"properties": ' });
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': CONNECTOR_SOLUTION(), 'FlowSolution.zip': badJson }))), [
			{ id: 'zip-json-syntax', message: `'${FLOW_FILE}' is not valid JSON at line 1, column 16: A value is expected.`, entry: `${P}/PkgAssets/FlowSolution.zip/${FLOW_FILE}` },
		]);
	});

	test('which solution is missing: no connector anywhere, or workflows without a connector', () => {
		const workflowsOnly = solution({ workflows: true });
		assert.deepEqual(problems(submission(pkg({ 'A.zip': workflowsOnly, 'B.zip': workflowsOnly }))), [
			{ id: 'pkg-connector-solution-valid', message: `Connector solution in '${ASSETS}' is invalid. Connector solution should only contain 'Connector' folder.`, policy: '5000.1.1.8', entry: `${P}/PkgAssets/` },
			{ id: 'pkg-flow-solution-valid', message: `Flow solution in '${ASSETS}' is invalid. Flow solution should contain both 'Connector' and 'Workflows' folders.`, policy: '5000.1.1.7', entry: `${P}/PkgAssets/` },
		]);
		assert.deepEqual(problems(submission(pkg({ 'A.zip': CONNECTOR_SOLUTION(), 'B.zip': CONNECTOR_SOLUTION() }))), [
			{ id: 'pkg-flow-solution-valid', message: `Flow solution in '${ASSETS}' is invalid. Flow solution should contain both 'Connector' and 'Workflows' folders.`, policy: '5000.1.1.6', entry: `${P}/PkgAssets/` },
		]);
	});

	test('an unreadable solution or package zip; kinds are not guessed without every solution read', () => {
		assert.deepEqual(problems(submission(pkg({ 'ConnectorSolution.zip': 'PK, but not really', 'FlowSolution.zip': FLOW_SOLUTION() }))), [
			{
				id: 'pkg-solution-path',
				message: `Invalid package. Solution not present at correct path or is invalid solution: 'ConnectorSolution.zip' in '${ASSETS}' is not a readable zip file (no zip end-of-central-directory record was found).`,
				policy: '5000.1.1.16',
				entry: `${P}/PkgAssets/ConnectorSolution.zip`,
			},
		]);
		assert.deepEqual(problems(submission(strToU8('not a zip'))), [
			{ id: 'zip-unreadable', message: `The package zip file 'sub.zip/${P}' is not a readable zip file: no zip end-of-central-directory record was found.`, policy: '5000.1.1.5', entry: P },
		]);
	});
});

describe('package check: safety', () => {
	test('unsafe entry names are reported and never used: .., absolute, drive letter, backslash, control characters', () => {
		const result = checkSubmission(zip({ ...CLASSIC, '../evil': 'x', '/etc/passwd': 'x', 'C:/Windows/x': 'x', 'dir\\icon.png': 'x', 'a\u001b[2Jb': 'x' }), 'sub.zip');
		assert.deepEqual(result.problems, [
			{ id: 'zip-unsafe-entry-name', message: "The entry name '../evil' is unsafe: it has a '..' segment, which points outside the folder it is extracted into. It is never used as a path; rename it.", entry: '../evil' },
			{ id: 'zip-unsafe-entry-name', message: "The entry name '/etc/passwd' is unsafe: it is an absolute path. It is never used as a path; rename it.", entry: '/etc/passwd' },
			{ id: 'zip-unsafe-entry-name', message: "The entry name 'C:/Windows/x' is unsafe: it starts with a drive letter. It is never used as a path; rename it.", entry: 'C:/Windows/x' },
			{
				id: 'zip-unsafe-entry-name',
				message: "The entry name 'dir\\icon.png' is unsafe: it contains a backslash, which Windows reads as a folder separator. It is never used as a path; rename it.",
				entry: 'dir\\icon.png',
			},
			{ id: 'zip-unsafe-entry-name', message: "The entry name 'a\\u001b[2Jb' is unsafe: it contains control characters. It is never used as a path; rename it.", entry: 'a\\u001b[2Jb' },
		]);
		assert.equal(result.layout, 'classic');
	});

	test('names that collide ignoring case are reported once', () => {
		assert.deepEqual(problems(zip({ ...CLASSIC, 'ICON.PNG': ICON })), [
			{ id: 'zip-duplicate-entry', message: "The zip holds 2 entries named 'icon.png', 'ICON.PNG' (ignoring case): extracting it keeps only one of them.", entry: 'icon.png' },
		]);
	});

	test('encrypted entries', () => {
		const encrypted = patchCentral(zip(CLASSIC), 'apiProperties.json', (view, at) => view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true));
		assert.deepEqual(problems(encrypted), [
			{ id: 'zip-encrypted-entry', message: "'apiProperties.json' is encrypted: the submission must not be password-protected.", entry: 'apiProperties.json' },
		]);
	});

	test('a high compression ratio is refused before inflating; so is a declared total over the limit', () => {
		const padded = `{"swagger":"2.0",${' '.repeat(2 * 1024 * 1024)}"info":{}}`;
		const spaces = zip({ ...CLASSIC, 'apiDefinition.swagger.json': padded });
		const deflated = new DataView(spaces.buffer).getUint32(findCentral(spaces, 'apiDefinition.swagger.json') + 20, true);
		assert.ok(padded.length / deflated > 100);
		assert.deepEqual(problems(spaces), [
			{
				id: 'zip-entry-ratio',
				message: `'apiDefinition.swagger.json' would expand ${Math.round(padded.length / deflated)}:1 (${padded.length} bytes from ${deflated}), more than the 100:1 accepted for entries over 1 MB; it is not read.`,
				entry: 'apiDefinition.swagger.json',
			},
		]);
		const huge = 250 * 1024 * 1024;
		const bomb = patchCentral(zip(CLASSIC), 'apiProperties.json', (view, at) => view.setUint32(at + 24, huge, true));
		const compressed = new DataView(bomb.buffer).getUint32(findCentral(bomb, 'apiProperties.json') + 20, true);
		assert.deepEqual(problems(bomb), [
			{
				id: 'zip-entry-ratio',
				message: `'apiProperties.json' would expand ${Math.round(huge / compressed)}:1 (${huge} bytes from ${compressed}), more than the 100:1 accepted for entries over 1 MB; it is not read.`,
				entry: 'apiProperties.json',
			},
			{
				id: 'zip-too-large',
				message: `The entries of the zip declare ${huge + SWAGGER.length + ICON.length} bytes uncompressed, more than the 200 MB this check reads; their contents are not read.`,
			},
		]);
	});

	test('an entry that inflates past its declared size, or whose CRC is wrong, is not read', () => {
		const lying = patchCentral(zip(CLASSIC), 'apiDefinition.swagger.json', (view, at) => view.setUint32(at + 24, 10, true));
		const corrupt = patchCentral(zip(CLASSIC), 'apiProperties.json', (view, at) => view.setUint32(at + 16, 0xdeadbeef, true));
		assert.deepEqual(problems(lying), [
			{ id: 'zip-entry-unreadable', message: "'apiDefinition.swagger.json' cannot be read: it inflates to more than its declared 10 bytes.", entry: 'apiDefinition.swagger.json' },
		]);
		assert.deepEqual(problems(corrupt), [
			{ id: 'zip-entry-unreadable', message: "'apiProperties.json' cannot be read: its CRC-32 does not match its data (the zip is corrupt).", entry: 'apiProperties.json' },
		]);
	});

	test('too many entries: the zip is not checked further', () => {
		const files: Files = {};
		for (let i = 0; i <= SUBMISSION_LIMITS.maxEntries; i++) {
			files[`f${i}.txt`] = '';
		}
		assert.deepEqual(checkSubmission(zip(files), 'sub.zip'), {
			layout: 'unknown',
			problems: [{ id: 'zip-too-many-entries', message: 'The zip has 10001 entries, more than the 10000 this check still reads (at most 10000 in all); it was not checked further.' }],
			entries: [],
		});
	});

	test('limits hold across nested zips: entries and inflated bytes are counted for the whole check', () => {
		const packageZip = pkg(GOOD_ASSETS());
		const solutionSize = (name: string) => new DataView(packageZip.buffer).getUint32(findCentral(packageZip, `PkgAssets/${name}`) + 24, true);
		let declared = 0;
		unzipSync(packageZip, { filter: (file) => ((declared += file.originalSize), false) });
		assert.ok(declared > packageZip.length + 19, 'the package zip declares more than it and intro.md weigh');
		// Each zip alone within the limit, but the package zip, once inflated, leaves too little for the solutions.
		const limit = declared + 100;
		const left = limit - packageZip.length;
		assert.deepEqual(problems(submission(packageZip), 'sub.zip', { ...SUBMISSION_LIMITS, maxTotalBytes: limit }), [
			{
				id: 'zip-too-large',
				message: `'PkgAssets/ConnectorSolution.zip' declares ${solutionSize('ConnectorSolution.zip')} bytes, more than the ${left} bytes left of the ${limit} bytes this check inflates in all; it is not read.`,
				entry: `${P}/PkgAssets/ConnectorSolution.zip`,
			},
			{
				id: 'zip-too-large',
				message: `'PkgAssets/FlowSolution.zip' declares ${solutionSize('FlowSolution.zip')} bytes, more than the ${left} bytes left of the ${limit} bytes this check inflates in all; it is not read.`,
				entry: `${P}/PkgAssets/FlowSolution.zip`,
			},
		]);
		// A nested zip that alone declares more than the limit is not inflated at all.
		assert.deepEqual(problems(submission(packageZip), 'sub.zip', { ...SUBMISSION_LIMITS, maxTotalBytes: declared - 1 }), [
			{
				id: 'zip-too-large',
				message: `The entries of '${P}' declare ${declared} bytes uncompressed, more than the ${declared - 1} bytes this check reads; their contents are not read.`,
				entry: P,
			},
		]);
		// 2 outer entries + 5 in the package leave 3 of 10 for the solutions, which have 6 and 7.
		assert.deepEqual(problems(submission(packageZip), 'sub.zip', { ...SUBMISSION_LIMITS, maxEntries: 10 }), [
			{
				id: 'zip-too-many-entries',
				message: `'${P}/PkgAssets/ConnectorSolution.zip' has 6 entries, more than the 3 this check still reads (at most 10 in all); it was not checked further.`,
				entry: `${P}/PkgAssets/ConnectorSolution.zip`,
			},
			{
				id: 'zip-too-many-entries',
				message: `'${P}/PkgAssets/FlowSolution.zip' has 7 entries, more than the 0 this check still reads (at most 10 in all); it was not checked further.`,
				entry: `${P}/PkgAssets/FlowSolution.zip`,
			},
		]);
	});

	test('damaged bytes anywhere give problems, never an exception', () => {
		const good = submission(pkg({ ...GOOD_ASSETS(), 'PluginSolution.zip': PLUGIN_SOLUTION() }));
		let seed = 42;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		for (let round = 0; round < 300; round++) {
			const damaged = good.slice();
			for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
				damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
			}
			const result = checkSubmission(round % 3 === 0 ? damaged.subarray(0, Math.floor(random() * damaged.length)) : damaged, 'sub.zip');
			assert.ok(Array.isArray(result.problems));
		}
	});

	test('not a zip, an empty file, a truncated zip: a problem, not a crash', () => {
		const unreadable = (message: string) => ({ layout: 'unknown', problems: [{ id: 'zip-unreadable', message }], entries: [] });
		assert.deepEqual(checkSubmission(strToU8('%PDF-1.7'), 'sub.zip'), unreadable("'sub.zip' is not a readable zip file: no zip end-of-central-directory record was found."));
		assert.deepEqual(checkSubmission(new Uint8Array(0), 'sub.zip'), unreadable("'sub.zip' is not a readable zip file: the file is empty."));
		const whole = zip(CLASSIC);
		// Dropping the start of the file leaves the end record pointing at a central directory that is not there.
		assert.deepEqual(
			checkSubmission(whole.subarray(ICON.length), 'sub.zip'),
			unreadable("'sub.zip' is not a readable zip file: the central directory lies outside the file (truncated or corrupt)."),
		);
	});
});

function findCentral(bytes: Uint8Array, name: string): number {
	let found = -1;
	patchCentral(bytes, name, (_view, at) => (found = at));
	return found;
}

describe('package check: reading the file and formatting', () => {
	let tmp: string;
	before(() => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-package-check-'));
	});
	after(() => rmSync(tmp, { recursive: true, force: true }));

	test('missing path, folder, oversized file: InputError; a file is read and checked', async () => {
		await assert.rejects(runPackageCheck('missing.zip', tmp), new InputError('cannot check "missing.zip": the path does not exist.'));
		mkdirSync(join(tmp, 'folder.zip'));
		await assert.rejects(runPackageCheck('folder.zip', tmp), new InputError('cannot check "folder.zip": not a file (package --check takes a submission zip).'));
		const big = join(tmp, 'big.zip');
		writeFileSync(big, '');
		truncateSync(big, SUBMISSION_LIMITS.maxFileBytes + 1); // sparse: nothing is really written
		await assert.rejects(runPackageCheck('big.zip', tmp), new InputError(`cannot check "big.zip": it is ${SUBMISSION_LIMITS.maxFileBytes + 1} bytes, more than the 100 MB a submission zip may have for this check.`));
		writeFileSync(join(tmp, 'good.zip'), zip(CLASSIC));
		const result = await runPackageCheck('good.zip', tmp);
		assert.deepEqual(result, { file: join(tmp, 'good.zip'), ...checkSubmission(zip(CLASSIC), 'good.zip') });
	});

	test('text and JSON output', () => {
		const clean: PackageCheckResult = { file: join(tmp, 'out', 'sub.zip'), layout: 'partner-center', problems: [], entries: [] };
		assert.equal(formatPackageCheck(clean, 'text', tmp), `Checked ${join('out', 'sub.zip')} as a Partner Center package: no problems found.\n`);
		const failed: PackageCheckResult = {
			file: join(tmp, 'sub.zip'),
			layout: 'partner-center',
			problems: [
				{ id: 'pkg-workflows-folder', message: 'Workflows folder not found.', policy: '5000.1.1.14', entry: 'p.zip/PkgAssets/Flow.zip' },
				{ id: 'pkg-outer-intro-and-zip', message: 'Both, please.' },
			],
			entries: [],
		};
		assert.equal(
			formatPackageCheck(failed, 'text', tmp),
			'sub.zip: p.zip/PkgAssets/Flow.zip: error pkg-workflows-folder Workflows folder not found. [5000.1.1.14]\nsub.zip: error pkg-outer-intro-and-zip Both, please.\n\nChecked sub.zip as a Partner Center package: 2 problems.\n',
		);
		assert.equal(formatPackageCheck({ ...failed, layout: 'unknown', problems: [failed.problems[1]] }, 'text', tmp), 'sub.zip: error pkg-outer-intro-and-zip Both, please.\n\nChecked sub.zip: 1 problem.\n');
		assert.deepEqual(JSON.parse(formatPackageCheck({ ...failed, layout: 'classic' }, 'json', tmp)), {
			version: 1,
			file: 'sub.zip',
			layout: 'classic',
			problems: [
				{ id: 'pkg-workflows-folder', message: 'Workflows folder not found.', policy: '5000.1.1.14', entry: 'p.zip/PkgAssets/Flow.zip' },
				{ id: 'pkg-outer-intro-and-zip', message: 'Both, please.', policy: null, entry: null },
			],
		});
	});
});
