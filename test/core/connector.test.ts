import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileKindOf, findConnectorFiles, isIndependentPublisherPath } from '../../server/src/core/connector';

test('findConnectorFiles finds the canonical names in any case', () => {
	assert.deepEqual(findConnectorFiles(['icon.png', 'apiDefinition.swagger.json', 'apiProperties.json', 'README.md', 'script.csx']), {
		swagger: 'apiDefinition.swagger.json',
		apiProperties: 'apiProperties.json',
		icon: 'icon.png',
		readme: 'README.md',
		script: 'script.csx',
	});
	assert.deepEqual(findConnectorFiles(['APIDEFINITION.SWAGGER.JSON', 'ApiProperties.JSON']), { swagger: 'APIDEFINITION.SWAGGER.JSON', apiProperties: 'ApiProperties.JSON' });
	// One upstream connector spells it in lower case.
	assert.deepEqual(findConnectorFiles(['apidefinition.swagger.json', 'apiProperties.json']), { swagger: 'apidefinition.swagger.json', apiProperties: 'apiProperties.json' });
});

test('findConnectorFiles takes the canonical definition over other *.swagger.json files', () => {
	assert.deepEqual(findConnectorFiles(['old.swagger.json', 'apiDefinition.swagger.json', 'apiProperties.json']), { swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json' });
});

test('findConnectorFiles falls back to the one *.swagger.json beside apiProperties.json', () => {
	assert.deepEqual(findConnectorFiles(['De-Lijn-Zoek.swagger.json', 'apiProperties.json', 'icon.png']), { swagger: 'De-Lijn-Zoek.swagger.json', apiProperties: 'apiProperties.json', icon: 'icon.png' });
	// Two candidates: neither is guessed.
	assert.deepEqual(findConnectorFiles(['a.swagger.json', 'b.swagger.json', 'apiProperties.json']), { swagger: undefined, apiProperties: 'apiProperties.json' });
	// Without apiProperties.json a stray *.swagger.json does not make a connector.
	assert.equal(findConnectorFiles(['De-Lijn-Zoek.swagger.json', 'readme.md']), undefined);
	// Not a swagger name at all.
	assert.deepEqual(findConnectorFiles(['swagger.json', 'apiProperties.json']), { swagger: undefined, apiProperties: 'apiProperties.json' });
});

test('findConnectorFiles: either canonical file alone is a connector; anything else is not', () => {
	assert.deepEqual(findConnectorFiles(['apiDefinition.swagger.json']), { swagger: 'apiDefinition.swagger.json', apiProperties: undefined });
	assert.deepEqual(findConnectorFiles(['apiProperties.json']), { swagger: undefined, apiProperties: 'apiProperties.json' });
	assert.equal(findConnectorFiles([]), undefined);
	assert.equal(findConnectorFiles(['package.json', 'tsconfig.json', 'apiProperties.json.bak']), undefined);
});

test('fileKindOf names connector files by their base name', () => {
	assert.equal(fileKindOf('apiProperties.json'), 'apiProperties');
	assert.equal(fileKindOf('APIPROPERTIES.JSON'), 'apiProperties');
	assert.equal(fileKindOf('apiDefinition.swagger.json'), 'swagger');
	assert.equal(fileKindOf('De-Lijn-Zoek.swagger.json'), 'swagger');
	assert.equal(fileKindOf('settings.json'), undefined);
});

test('isIndependentPublisherPath looks for the folder name as a whole path segment', () => {
	assert.equal(isIndependentPublisherPath('/repo/independent-publisher-connectors/AccuWeather'), true);
	assert.equal(isIndependentPublisherPath('C:\\src\\PowerPlatformConnectors\\Independent-Publisher-Connectors\\FCA'), true);
	assert.equal(isIndependentPublisherPath('/repo/certified-connectors/Encodian'), false);
	assert.equal(isIndependentPublisherPath('/repo/independent-publisher-connectors-old/X'), false);
	assert.equal(isIndependentPublisherPath('/repo/my-independent-publisher-connectors/X'), false);
	assert.equal(isIndependentPublisherPath(''), false);
});
