/** Hover logic over parsed documents (no protocol): what is explained where, and which text the hover covers. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { JsonFileKind } from '../server/src/core/connector';
import { parseText } from '../server/src/engine/parsedFile';
import { describeExtension, extensionFact } from '../server/src/language/extensionCatalog';
import { hoverAt } from '../server/src/language/hover';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'editor', 'invoices');
const SWAGGER = readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8');
const API_PROPERTIES = readFileSync(path.join(FIXTURE, 'apiProperties.json'), 'utf8');

/** Hovers `kind`'s text at `needle` (its `occurrence`-th match) plus `delta` characters; returns the contents and the covered text. */
async function hover(kind: JsonFileKind, needle: string, delta = 1, occurrence = 0): Promise<{ contents: string; covered: string } | undefined> {
	const text = kind === 'swagger' ? SWAGGER : API_PROPERTIES;
	let at = -1;
	for (let i = 0; i <= occurrence; i++) {
		at = text.indexOf(needle, at + 1);
		assert.ok(at >= 0, `"${needle}" #${i} is in the fixture`);
	}
	const result = await hoverAt({ kind, doc: parseText(text).doc, offset: at + delta, swagger: async () => parseText(SWAGGER).doc });
	return result && { contents: result.contents, covered: text.slice(result.range.offset, result.range.offset + result.range.length) };
}

describe('hover', () => {
	it('explains an x-ms key from the catalog', async () => {
		const result = await hover('swagger', '"x-ms-visibility"');
		assert.deepEqual(result, { contents: describeExtension(extensionFact('x-ms-visibility')!), covered: '"x-ms-visibility"' });
		assert.equal(
			result!.contents,
			[
				'**x-ms-visibility** (string)',
				'',
				'How prominently the designer shows an operation, parameter or property: `important`, `advanced` or `internal`. A required internal parameter must have a default value.',
				'',
				'Valid in: an operation, a parameter, a schema.',
				'',
				'Values: `important`, `advanced`, `internal`.',
			].join('\n'),
		);
	});

	it('explains x-ms-agentic-protocol and its value, and names the SSE value as unknown', async () => {
		const text = SWAGGER.replace('"x-ms-visibility": "internal"', '"x-ms-agentic-protocol": "mcp-streamable-1.0"');
		const key = await hoverAt({ kind: 'swagger', doc: parseText(text).doc, offset: text.indexOf('"x-ms-agentic-protocol"') + 2 });
		assert.equal(key?.contents, describeExtension(extensionFact('x-ms-agentic-protocol')!));
		assert.match(key!.contents, /^\*\*x-ms-agentic-protocol\*\* \(string\)\n\nMakes the operation an MCP server endpoint that Copilot Studio agents connect to/);
		assert.match(key!.contents, /Valid in: an operation\.\n\nValues: `mcp-streamable-1\.0`\.$/);
		const value = await hoverAt({ kind: 'swagger', doc: parseText(text).doc, offset: text.indexOf('"mcp-streamable-1.0"') + 2 });
		assert.equal(value?.contents, '**x-ms-agentic-protocol**: `mcp-streamable-1.0`\n\nA Model Context Protocol server over the Streamable HTTP transport: the only transport Copilot Studio connects to since August 2025.');
		const sse = text.replace('"mcp-streamable-1.0"', '"mcp-sse-1.0"');
		const old = await hoverAt({ kind: 'swagger', doc: parseText(sse).doc, offset: sse.indexOf('"mcp-sse-1.0"') + 2 });
		assert.equal(old?.contents, '**x-ms-agentic-protocol**: `mcp-sse-1.0` is not one of the known values (`mcp-streamable-1.0`).');
	});

	it('explains an enum value, and says so when a value is not one of the allowed ones', async () => {
		assert.deepEqual(await hover('swagger', '"internal"'), {
			contents: '**x-ms-visibility**: `internal`\n\nNever shown to the user. An internal parameter that is required must have a `default`, since nobody can fill it in.',
			covered: '"internal"',
		});
		const text = SWAGGER.replace('"x-ms-visibility": "internal"', '"x-ms-visibility": "hidden"');
		const result = await hoverAt({ kind: 'swagger', doc: parseText(text).doc, offset: text.indexOf('"hidden"') + 2 });
		assert.equal(result?.contents, '**x-ms-visibility**: `hidden` is not one of the known values (`important`, `advanced`, `internal`).');
	});

	it('explains each category of the metadata list', async () => {
		assert.deepEqual(await hover('swagger', '"Finance;Productivity"'), {
			contents: [
				'**x-ms-connector-metadata**',
				'',
				'- `Finance`: Connector category "Finance". A connector lists at most two categories, separated by a semicolon.',
				'- `Productivity`: Connector category "Productivity". A connector lists at most two categories, separated by a semicolon.',
			].join('\n'),
			covered: '"Finance;Productivity"',
		});
	});

	it('shows the method, path and summary of an operationId reference', async () => {
		const expected = { contents: '**ListStatuses**: `GET /statuses`\n\nList statuses\n\nLists the invoice statuses.', covered: '"ListStatuses"' };
		// In x-ms-dynamic-values (the first occurrence) and in testConnection (the third; the second is the operation itself).
		assert.deepEqual(await hover('swagger', '"ListStatuses"', 1, 0), expected);
		assert.deepEqual(await hover('swagger', '"ListStatuses"', 1, 2), expected);
		assert.equal(await hover('swagger', '"ListStatuses"', 1, 1), undefined);
		// A policy's operation list in apiProperties.json, looked up in the definition.
		assert.deepEqual(await hover('apiProperties', '"ListInvoices"'), {
			contents: '**ListInvoices**: `GET /invoices`\n\nList invoices\n\nLists the invoices of the account.',
			covered: '"ListInvoices"',
		});
	});

	it('shows the target of a $ref', async () => {
		assert.deepEqual(await hover('swagger', '"#/definitions/Invoice"', 5), {
			contents: '`#/definitions/Invoice`: type `object`\n\nInvoice\n\nAn invoice.',
			covered: '"#/definitions/Invoice"',
		});
		assert.deepEqual(await hover('swagger', '"#/parameters/PageSize"'), {
			contents: '`#/parameters/PageSize`: type `integer`, in `query`, name `pageSize`\n\nPage Size\n\nHow many invoices per page.',
			covered: '"#/parameters/PageSize"',
		});
		const text = SWAGGER.replace('"#/definitions/Invoice"', '"#/definitions/Missing"');
		const result = await hoverAt({ kind: 'swagger', doc: parseText(text).doc, offset: text.indexOf('"#/definitions/Missing"') + 1 });
		assert.equal(result?.contents, '`#/definitions/Missing`: the reference cannot be resolved.');
	});

	it('explains apiProperties enum values and policy keys', async () => {
		assert.equal((await hover('apiProperties', '"securestring"'))?.contents, '**type**: `securestring`\n\nA secret (API key, password): stored encrypted and never shown again. Use it for anything secret.');
		assert.match((await hover('apiProperties', '"dynamichosturl"'))!.contents, /^\*\*templateId\*\*: `dynamichosturl`\n\nSets the host URL/);
		assert.deepEqual(await hover('apiProperties', '"x-ms-apimTemplate-operationName"'), {
			contents: '**x-ms-apimTemplate-operationName** (array)\n\nThe operations (by `operationId`) the policy applies to. Omit it to apply the policy to every operation.',
			covered: '"x-ms-apimTemplate-operationName"',
		});
	});

	it('has nothing to say about ordinary keys and values', async () => {
		assert.equal(await hover('swagger', '"title"'), undefined);
		assert.equal(await hover('swagger', '"Invoices"'), undefined);
		assert.equal(await hover('swagger', '"operationId"'), undefined);
	});
});
