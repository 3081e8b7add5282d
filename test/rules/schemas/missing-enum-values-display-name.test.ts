import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/missing-enum-values-display-name';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = "The 'x-ms-enum-values' extension is invalid. Please specify the property 'displayName'.";

test('missing-enum-values-display-name fires on an item without displayName and on an empty one', () => {
	const swagger = textOf(
		swaggerWith({}, { definitions: { Status: { type: 'string', 'x-ms-enum-values': [{ value: 'open' }, { displayName: '', value: 'paid' }] } } }),
	);
	// The first item has no key of its own: the finding lands on its opening brace.
	const brace = rangeOf(swagger, '{', swagger.slice(0, swagger.indexOf('"value": "open"')).split('{').length - 2);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'missing-enum-values-display-name', file: 'swagger', message: MESSAGE, range: brace, jsonPointer: '/definitions/Status/x-ms-enum-values/0/displayName' },
		{ ruleId: 'missing-enum-values-display-name', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '""'), jsonPointer: '/definitions/Status/x-ms-enum-values/1/displayName' },
	]);
});

test('missing-enum-values-display-name does not fire when every item has a displayName', () => {
	const swagger = swaggerWith({}, { definitions: { Status: { type: 'string', 'x-ms-enum-values': [{ displayName: 'Open', value: 'open' }] } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
