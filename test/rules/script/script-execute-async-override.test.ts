import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/script/script-execute-async-override';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

test('script-execute-async-override fires when ExecuteAsync is missing or not an override', () => {
	const script = 'public class Script : ScriptBase\n{\n    public async Task<HttpResponseMessage> ExecuteAsync() { return null; }\n}\n';
	assert.deepEqual(summarize(runRule(rule, { script })), [
		{
			ruleId: 'script-execute-async-override',
			file: 'script',
			message: "The Script class must implement the method 'public override async Task<HttpResponseMessage> ExecuteAsync()', which is called at runtime.",
			range: rangeOf(script, 'class Script'),
			jsonPointer: '',
		},
	]);
});

test('script-execute-async-override does not fire on the override, async before or after override', () => {
	assert.deepEqual(runRule(rule, { script: 'public class Script : ScriptBase {\n public override async Task<HttpResponseMessage> ExecuteAsync() { }\n}' }), []);
	assert.deepEqual(runRule(rule, { script: 'public class Script : ScriptBase {\n public async override Task<HttpResponseMessage> ExecuteAsync() { }\n}' }), []);
	assert.deepEqual(runRule(rule, { script: 'public class Script : ScriptBase {\n public override Task<HttpResponseMessage> ExecuteAsync() { }\n}' }), []);
});
