import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/script/script-class-script-base';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

const MESSAGE = "The class name must be 'Script' and it must implement 'ScriptBase': declare 'public class Script : ScriptBase'.";

test('script-class-script-base fires on a class with another name, on its declaration', () => {
	const script = 'using System;\npublic class MyScript : ScriptBase\n{\n}\n';
	assert.deepEqual(summarize(runRule(rule, { script })), [{ ruleId: 'script-class-script-base', file: 'script', message: MESSAGE, range: rangeOf(script, 'class MyScript'), jsonPointer: '' }]);
});

test('script-class-script-base ignores a declaration that is only in a comment or a string', () => {
	const script = '// public class Script : ScriptBase\nvar s = "class Script : ScriptBase";\n';
	assert.deepEqual(runRule(rule, { script }).map((f) => f.message), [MESSAGE]);
});

test('script-class-script-base does not fire on public class Script : ScriptBase', () => {
	assert.deepEqual(runRule(rule, { script: 'public class Script : ScriptBase\n{\n}\n' }), []);
});
