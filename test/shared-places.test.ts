// No rule repeats another: over every connector in the repository's fixtures and samples, two rules report one place
// only when one defers to the other or says, in `reportsBeside`, what differs. (test/corpus/shared-places.test.ts runs
// the same check over the 80 real dev connectors.)
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { check, parseText } from '../server/src/engine/index';
import { RULES } from '../server/src/rules/index';
import { EVERY_RULE } from '../scripts/corpus-evidence';
import { badDeclarations, undeclaredSharedPlaces, undeclaredSharedPlacesIn } from './helpers/sharedPlaces';

const ROOT = join(__dirname, '..');

test('deferrals and reportsBeside name existing rules other than the rule itself', () => {
	assert.deepEqual(badDeclarations(RULES), []);
});

test('over the fixtures and samples, two rules share a place only when one defers to or names the other', async () => {
	const { connectors, shared } = await undeclaredSharedPlacesIn(RULES, [join(ROOT, 'test', 'fixtures'), join(ROOT, 'samples')]);
	assert.ok(connectors >= 10, `connectors checked: ${connectors}`);
	assert.deepEqual(shared, []);
});

test('an undeclared pair is caught, a deferral shows one finding, and reportsBeside keeps both', () => {
	// description-quality defers to summary-description-differ: a description that repeats both the name and the summary gets one finding.
	const swagger = JSON.stringify({
		swagger: '2.0',
		info: { title: 'Contoso', description: 'Invoices of the Contoso billing service.', version: '1.0' },
		host: 'api.contoso.com',
		basePath: '/',
		schemes: ['https'],
		paths: {
			'/invoices': {
				get: {
					operationId: 'ListInvoices',
					summary: 'List invoices',
					description: 'Lists the invoices.',
					parameters: [
						{ name: 'top', in: 'query', type: 'integer', 'x-ms-summary': 'Top', description: 'Top' },
						{ name: 'skip', in: 'query', type: 'integer', 'x-ms-summary': 'number to skip #', description: 'How many invoices to skip before the first one returned.' },
					],
					responses: { 200: { description: 'OK' } },
				},
			},
		},
	});
	const findings = Object.values(check(RULES, { swagger: parseText(swagger) }, EVERY_RULE).findings).flat();
	const at = (pointer: string) => findings.filter((finding) => finding.jsonPointer === pointer).map((finding) => finding.ruleId).sort();
	assert.deepEqual(at('/paths/~1invoices/get/parameters/0/description'), ['summary-description-differ']);
	// param-summary-charset names param-x-ms-summary-title-case in reportsBeside: a summary with both problems gets both findings.
	assert.deepEqual(at('/paths/~1invoices/get/parameters/1/x-ms-summary'), ['param-summary-charset', 'param-x-ms-summary-title-case']);
	assert.deepEqual(undeclaredSharedPlaces(RULES, findings, 'inline'), []);
	// Without the declarations, the same findings make a pair.
	const undeclared = RULES.map((rule) => ({ ...rule, defersTo: undefined, reportsBeside: undefined }));
	const both = Object.values(check(undeclared, { swagger: parseText(swagger) }, EVERY_RULE).findings).flat();
	assert.deepEqual(
		undeclaredSharedPlaces(undeclared, both, 'inline').map((place) => place.pair),
		['description-quality + summary-description-differ', 'param-summary-charset + param-x-ms-summary-title-case'],
	);
});
