// The new-version quick fix the breaking-change rules share (rules/changes/_newVersion.ts): the operation goes back to
// what it was, deprecated, as revision 1 of its family, and the change becomes revision 2 under `<id>_V2`, at `/v2/…`
// when it kept the old path. After the fix, no breaking-change rule reports the operation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proposeFix } from '../../../server/src/engine/fixes';
import { parseText } from '../../../server/src/engine/parsedFile';
import inputTypeChanged from '../../../server/src/rules/changes/breaking-input-type-changed';
import outputTypeChanged from '../../../server/src/rules/changes/breaking-output-type-changed';
import pathChanged from '../../../server/src/rules/changes/breaking-path-changed';
import requiredInputAdded from '../../../server/src/rules/changes/breaking-required-input-added';
import { RULES } from '../../../server/src/rules/index';
import { applyFix, runRule, swaggerWith, textOf } from '../../helpers/ruleTester';

const CHANGE_RULES = RULES.filter((rule) => rule.comparesVersions);
const ok = { 200: { description: 'OK' } };
const top = { name: 'top', in: 'query', required: false, type: 'integer', 'x-ms-summary': 'Top', description: 'How many.' };
const list = (parameters: object[], extra: object = {}) => ({ operationId: 'ListInvoices', summary: 'List invoices', description: 'Lists the invoices.', parameters, responses: ok, ...extra });

/** Every breaking change of `swagger` against `previous`, as [rule, JSON pointer]. */
function breakingChanges(swagger: string, previous: object): [string, string][] {
	return CHANGE_RULES.flatMap((rule) => runRule(rule, { swagger, previous: { swagger: previous } })).map((finding) => [finding.ruleId, finding.jsonPointer]);
}

test('a change in place: the old operation comes back deprecated as revision 1, the change moves to /v2 as ListInvoices_V2', () => {
	const previous = swaggerWith({ '/invoices': { get: list([top]) } });
	const swagger = textOf(swaggerWith({ '/invoices': { get: list([{ ...top, type: 'string' }]) } }));
	const [finding] = runRule(inputTypeChanged, { swagger, previous: { swagger: previous } });
	const fixed = applyFix(inputTypeChanged, finding, { swagger });
	assert.equal(fixed.title, 'Publish the change as ListInvoices_V2, a new version of ListInvoices, and keep ListInvoices as it was, deprecated');
	assert.equal(fixed.placeholder, '/v2/invoices');
	assert.deepEqual(JSON.parse(fixed.text).paths, {
		'/invoices': {
			get: {
				...list([top]),
				summary: 'List invoices (deprecated)',
				description: 'Lists the invoices (deprecated).',
				deprecated: true,
				'x-ms-visibility': 'internal',
				'x-ms-api-annotation': { family: 'ListInvoices', revision: 1 },
			},
		},
		'/v2/invoices': { get: { ...list([{ ...top, type: 'string' }]), operationId: 'ListInvoices_V2', 'x-ms-api-annotation': { family: 'ListInvoices', revision: 2 } } },
	});
	assert.deepEqual(breakingChanges(fixed.text, previous), []);
});

test('a changed path: the old operation goes back to its path, and the moved one becomes the new version where it is', () => {
	const previous = swaggerWith({ '/invoices': { get: list([top]) } });
	const swagger = textOf(swaggerWith({ '/bills': { get: list([top]) } }));
	const [finding] = runRule(pathChanged, { swagger, previous: { swagger: previous } });
	const fixed = applyFix(pathChanged, finding, { swagger });
	assert.equal(fixed.placeholder, 'ListInvoices_V2');
	const paths = JSON.parse(fixed.text).paths;
	assert.deepEqual(Object.keys(paths), ['/invoices', '/bills']);
	assert.equal(paths['/invoices'].get.operationId, 'ListInvoices');
	assert.equal(paths['/invoices'].get.deprecated, true);
	assert.deepEqual(paths['/bills'].get['x-ms-api-annotation'], { family: 'ListInvoices', revision: 2 });
	assert.equal(paths['/bills'].get.operationId, 'ListInvoices_V2');
	assert.deepEqual(breakingChanges(fixed.text, previous), []);
});

test('a change in a shared definition: the operation put back carries the old definition inline, not the changed $ref', () => {
	const get = { operationId: 'GetInvoice', summary: 'Get an invoice', description: 'Gets one invoice.', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Invoice' } } } };
	const invoice = (type: string) => ({ type: 'object', properties: { total: { type }, Customer: { $ref: '#/definitions/Customer' } } });
	const customer = { type: 'object', properties: { name: { type: 'string' } } };
	const previous = swaggerWith({ '/invoice': { get } }, { definitions: { Invoice: invoice('integer'), Customer: customer } });
	const swagger = textOf(swaggerWith({ '/invoice': { get } }, { definitions: { Invoice: invoice('number'), Customer: customer } }));
	const [finding] = runRule(outputTypeChanged, { swagger, previous: { swagger: previous } });
	const fixed = applyFix(outputTypeChanged, finding, { swagger });
	const paths = JSON.parse(fixed.text).paths;
	// The unchanged Customer stays a reference; the changed Invoice is the old one, inline.
	assert.deepEqual(paths['/invoice'].get.responses['200'].schema, invoice('integer'));
	assert.deepEqual(paths['/v2/invoice'].get.responses['200'].schema, { $ref: '#/definitions/Invoice' });
	assert.deepEqual(breakingChanges(fixed.text, previous), []);
});

test('an operation that is already a later revision gets the next one: ListInvoices_V2 at /v2 becomes ListInvoices_V3 at /v3', () => {
	const annotation = { status: 'Production', family: 'ListInvoices', revision: 2 };
	const v2 = (parameters: object[]) => ({ ...list(parameters), operationId: 'ListInvoices_V2', 'x-ms-api-annotation': annotation });
	const previous = swaggerWith({ '/v2/invoices': { get: v2([top]) } });
	const swagger = textOf(swaggerWith({ '/v2/invoices': { get: v2([top, { name: 'status', in: 'query', required: true, type: 'string', 'x-ms-summary': 'Status', description: 'Which.' }]) } }));
	const [finding] = runRule(requiredInputAdded, { swagger, previous: { swagger: previous } });
	const fixed = applyFix(requiredInputAdded, finding, { swagger });
	assert.equal(fixed.placeholder, '/v3/invoices');
	const paths = JSON.parse(fixed.text).paths;
	assert.deepEqual(paths['/v2/invoices'].get['x-ms-api-annotation'], annotation);
	assert.equal(paths['/v3/invoices'].get.operationId, 'ListInvoices_V3');
	assert.deepEqual(paths['/v3/invoices'].get['x-ms-api-annotation'], { ...annotation, revision: 3 });
	assert.deepEqual(breakingChanges(fixed.text, previous), []);
});

test('wording the author must check, so never fix-all; and not offered once the new version exists or its path is taken', () => {
	const previous = swaggerWith({ '/invoices': { get: list([top]) } });
	const changed = list([{ ...top, type: 'string' }]);
	const swagger = textOf(swaggerWith({ '/invoices': { get: changed } }));
	const [finding] = runRule(inputTypeChanged, { swagger, previous: { swagger: previous } });
	const propose = (text: string) => proposeFix([inputTypeChanged], { ruleId: finding.ruleId, file: 'swagger', jsonPointer: finding.jsonPointer, data: finding.data }, { swagger: parseText(text) });
	assert.equal(propose(swagger)?.requiresAuthor, true);
	const started = textOf(swaggerWith({ '/invoices': { get: changed }, '/invoices/all': { get: { ...changed, operationId: 'ListInvoices_V2' } } }));
	assert.equal(propose(started), undefined);
	const taken = textOf(swaggerWith({ '/invoices': { get: changed }, '/v2/invoices': { get: { ...changed, operationId: 'ListAll' } } }));
	assert.equal(propose(taken), undefined);
});
