import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/script/script-namespaces-allowed';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

test('script-namespaces-allowed fires on each unsupported using directive, on the namespace', () => {
	const script = 'using System;\nusing System.Data.SqlClient;\nusing static System.Math;\nusing Json = System.Text.Json.JsonSerializer;\npublic class Script : ScriptBase {}\n';
	assert.deepEqual(summarize(runRule(rule, { script })), [
		{
			ruleId: 'script-namespaces-allowed',
			file: 'script',
			message: `The namespace 'System.Data.SqlClient' is not supported in custom code; only the namespaces listed under "Supported namespaces" can be used.`,
			range: rangeOf(script, 'System.Data.SqlClient'),
			jsonPointer: '',
		},
		{
			ruleId: 'script-namespaces-allowed',
			file: 'script',
			message: `The namespace 'System.Text.Json' is not supported in custom code; only the namespaces listed under "Supported namespaces" can be used.`,
			range: rangeOf(script, 'System.Text.Json.JsonSerializer'),
			jsonPointer: '',
		},
	]);
});

test('script-namespaces-allowed does not fire on supported namespaces, using statements or commented-out directives', () => {
	const script = 'using System;\nusing Newtonsoft.Json.Linq;\n// using System.Data;\npublic class Script : ScriptBase {\n  void F() { using (var s = new MemoryStream()) { } }\n}\n';
	assert.deepEqual(runRule(rule, { script }), []);
});
