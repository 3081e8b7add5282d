import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/script/script-no-new-httpclient';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

test('script-no-new-httpclient fires on new HttpClient(), on the expression', () => {
	const script = 'public class Script : ScriptBase {\n  async Task F() { var client = new HttpClient(); }\n}\n';
	assert.deepEqual(summarize(runRule(rule, { script })), [
		{
			ruleId: 'script-no-new-httpclient',
			file: 'script',
			message: 'Do not create your own HttpClient in custom code (the platform will block it): send requests with this.Context.SendAsync.',
			range: rangeOf(script, 'new HttpClient'),
			jsonPointer: '',
		},
	]);
});

test('script-no-new-httpclient does not fire on Context.SendAsync or a mention in a comment', () => {
	const script = '// never new HttpClient()\npublic class Script : ScriptBase {\n  Task F() => this.Context.SendAsync(this.Context.Request, this.CancellationToken);\n}\n';
	assert.deepEqual(runRule(rule, { script }), []);
});
