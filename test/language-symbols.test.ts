/** The outline of connector files (pure: no language server). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { jsonIndexOf, parseJson, parseTolerant } from '../server/src/core/json';
import type { JsonFileKind } from '../server/src/core/connector';
import { documentSymbols, type OutlineSymbol } from '../server/src/language/symbols';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'navigation', 'pets');

/** One line per symbol: indentation for depth, kind, name, detail, then range and selection range (1-based lines). */
function outline(symbols: readonly OutlineSymbol[], depth = 0): string[] {
	const at = (r: OutlineSymbol['range']) => `${r.start.line + 1}:${r.start.character}-${r.end.line + 1}:${r.end.character}`;
	return symbols.flatMap((s) => [
		`${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail !== undefined ? ` — ${s.detail}` : ''} [${at(s.range)} sel ${at(s.selectionRange)}]`,
		...outline(s.children ?? [], depth + 1),
	]);
}

describe('document symbols', () => {
	it('outlines a definition: paths with their operations, definitions, parameters, responses, security definitions', () => {
		const doc = parseJson(readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8'));
		assert.deepEqual(outline(documentSymbols('swagger', doc)), [
			'namespace Paths [17:2-149:3 sel 17:2-17:9]',
			'  module /pets [18:4-81:5 sel 18:4-18:11]',
			'    method GET List pets — ListPets [19:6-41:7 sel 19:6-19:11]',
			'    method POST Create a pet — CreatePet [42:6-80:7 sel 42:6-42:12]',
			'  module /kinds [82:4-97:5 sel 82:4-82:12]',
			'    method GET ListKinds [83:6-96:7 sel 83:6-83:11]',
			'  module /kinds/schema [98:4-111:5 sel 98:4-98:19]',
			'    method GET Get the kind schema — GetKindSchema [99:6-110:7 sel 99:6-99:11]',
			'  module /hooks [112:4-148:5 sel 112:4-112:12]',
			'    method POST When a pet is added — OnPetAdded [120:6-147:7 sel 120:6-120:12]',
			'namespace Definitions [150:2-171:3 sel 150:2-150:15]',
			'  class Pet — object [151:4-158:5 sel 151:4-151:9]',
			'  class Pet/Summary — Pet summary [159:4-162:5 sel 159:4-159:17]',
			'  class Owner — object [163:4-170:5 sel 163:4-163:11]',
			'namespace Parameters [172:2-178:3 sel 172:2-172:14]',
			'  variable PageSize — query pageSize [173:4-177:5 sel 173:4-173:14]',
			'namespace Responses [179:2-186:3 sel 179:2-179:13]',
			'  interface Error — An error [180:4-185:5 sel 180:4-180:11]',
			'namespace Security definitions [187:2-193:3 sel 187:2-187:23]',
			'  key api_key — apiKey [188:4-192:5 sel 188:4-188:13]',
		]);
	});

	it('outlines apiProperties.json: connection parameters and policy instances', () => {
		const doc = parseJson(readFileSync(path.join(FIXTURE, 'apiProperties.json'), 'utf8'));
		assert.deepEqual(outline(documentSymbols('apiProperties', doc)), [
			'namespace Connection parameters [3:4-17:5 sel 3:4-3:26]',
			'  property api_key — securestring [4:6-16:7 sel 4:6-4:15]',
			'namespace Policy instances [20:4-35:5 sel 20:4-20:29]',
			'  object Set the client header — setheader [21:6-34:7 sel 23:17-23:40]',
		]);
	});

	it('outlines multi-auth connection parameter sets, and names policy instances without a title by template', () => {
		const text = JSON.stringify(
			{
				properties: {
					connectionParameterSets: { uiDefinition: {}, values: [{ name: 'oauth', parameters: { token: { type: 'oauthSetting' } } }, { parameters: {} }] },
					policyTemplateInstances: [{ templateId: 'setheader' }, 7],
				},
			},
			null,
			1,
		);
		assert.deepEqual(outline(documentSymbols('apiProperties', parseJson(text))), [
			'namespace Connection parameter sets [3:2-18:3 sel 3:2-3:27]',
			'  object oauth [6:4-13:5 sel 7:13-7:20]',
			'    property token — oauthSetting [9:6-11:7 sel 9:6-9:13]',
			'  object 1 [14:4-16:5 sel 14:4-14:5]',
			'namespace Policy instances [19:2-24:3 sel 19:2-19:27]',
			'  object setheader — setheader [20:3-22:4 sel 21:18-21:29]',
			'  object Policy 2 [23:3-23:4 sel 23:3-23:4]',
		]);
	});

	it('names operations by method alone without summary or operationId, and never with an empty name', () => {
		const doc = parseJson('{"paths": {"": {"get": {}, "x-ms-notification-content": {}}}, "definitions": {"": {}}}');
		assert.deepEqual(outline(documentSymbols('swagger', doc)), [
			'namespace Paths [1:1-1:60 sel 1:1-1:8]',
			'  module "" [1:11-1:59 sel 1:11-1:13]',
			'    method GET [1:16-1:25 sel 1:16-1:21]',
			'namespace Definitions [1:62-1:85 sel 1:62-1:75]',
			'  class "" [1:78-1:84 sel 1:78-1:80]',
		]);
	});

	it('reads strict JSON from its index and gives the outline the tree of the same text gives', () => {
		const texts: [JsonFileKind, string][] = [
			['swagger', readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8')],
			['apiProperties', readFileSync(path.join(FIXTURE, 'apiProperties.json'), 'utf8')],
			// Escaped keys and strings, a title that is not a string, a method written with an escape.
			['swagger', '{"paths": {"/a\\u0062": {"g\\u0065t": {"summary": "\\u0053um"}}}, "definitions": {"P\\u0065t": {"title": 5, "type": "object"}}}'],
			['apiProperties', '{"properties": {"connectionParameterSets": {"values": [{"name": 3, "parameters": {"a": {"type": "string"}}}, 4]}, "policyTemplateInstances": {}}}'],
		];
		for (const [kind, text] of texts) {
			const doc = parseJson(text);
			assert.ok(jsonIndexOf(doc), 'read from the index');
			assert.deepEqual(documentSymbols(kind, doc), documentSymbols(kind, parseTolerant(text)), text.slice(0, 80));
		}
		assert.deepEqual(outline(documentSymbols('swagger', parseJson(texts[2][1]))), [
			'namespace Paths [1:1-1:61 sel 1:1-1:8]',
			'  module /ab [1:11-1:60 sel 1:11-1:21]',
			'    method GET Sum [1:24-1:59 sel 1:24-1:34]',
			'namespace Definitions [1:63-1:122 sel 1:63-1:76]',
			'  class Pet — object [1:79-1:121 sel 1:79-1:89]',
		]);
	});

	it('outlines what the tolerant pass parses of a broken file', () => {
		const doc = parseJson('{"paths": {"/a": {"get": {"summary": "S", "operationId": "A"}, "post": {"operationId": ');
		assert.equal(jsonIndexOf(doc), undefined);
		assert.deepEqual(outline(documentSymbols('swagger', doc)), [
			'namespace Paths [1:1-1:87 sel 1:1-1:8]',
			'  module /a [1:11-1:87 sel 1:11-1:15]',
			'    method GET S — A [1:18-1:61 sel 1:18-1:23]',
			'    method POST [1:63-1:87 sel 1:63-1:69]',
		]);
	});

	it('returns nothing for a document that is not an object', () => {
		assert.deepEqual(documentSymbols('swagger', parseJson('[1, 2]')), []);
		assert.deepEqual(documentSymbols('apiProperties', parseJson('')), []);
	});
});
