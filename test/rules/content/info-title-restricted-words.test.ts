import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-title-restricted-words';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const doc = (title: string) => textOf({ swagger: '2.0', info: { title, version: '1.0' }, paths: {} });

test('info-title-restricted-words fires and lists the words found', () => {
	const swagger = doc('Contoso API Connector');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-title-restricted-words', file: 'swagger', message: "The value 'title' contains at least one of the restricted words: 'api, connector'.", range: rangeOf(swagger, '"Contoso API Connector"'), jsonPointer: '/info/title' },
	]);
});

test('info-title-restricted-words finds product names written without the space, and user words', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('Contoso for PowerApps') })).map((f) => f.message), ["The value 'title' contains at least one of the restricted words: 'power apps'."]);
	assert.deepEqual(summarize(runRule(rule, { swagger: doc('Contoso Beta') }, { options: { words: ['beta'] } })).map((f) => f.message), ["The value 'title' contains at least one of the restricted words: 'beta'."]);
});

test('info-title-restricted-words does not fire on words that only contain a restricted word', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('Rapid Connectors Hub') }), []);
	assert.deepEqual(runRule(rule, { swagger: doc('Capitol Data') }), []);
});

test('info-title-restricted-words fix removes the restricted words and the words that only joined them', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso API Connector for Power Automate', version: '1.0' }, paths: {} });
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Remove the restricted words from the title');
	assert.equal(fixed.text, swagger.replace('"Contoso API Connector for Power Automate"', '"Contoso"'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('info-title-restricted-words fix tidies separators and brackets, and offers nothing when only restricted words remain', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso - Invoices (PowerApps)', version: '1.0' }, paths: {} });
	const [finding] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, finding, { swagger }).text, swagger.replace('"Contoso - Invoices (PowerApps)"', '"Contoso - Invoices"'));
	const only = textOf({ swagger: '2.0', info: { title: 'Connector API', version: '1.0' }, paths: {} });
	const [onlyFinding] = runRule(rule, { swagger: only });
	assert.throws(() => applyFix(rule, onlyFinding, { swagger: only }), /proposes no fix/);
});
