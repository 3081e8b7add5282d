import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/script/script-size-limit';
import { START } from '../../helpers/png';
import { runRule, summarize } from '../../helpers/ruleTester';

test('script-size-limit fires on a script over 1 MB', () => {
	const script = `public class Script : ScriptBase {}\n//${'x'.repeat(1024 * 1024)}`;
	assert.deepEqual(summarize(runRule(rule, { script })), [
		{ ruleId: 'script-size-limit', file: 'script', message: "The script file is 1.00 MB; the size of a custom code file can't be more than 1 MB.", range: START, jsonPointer: '' },
	]);
});

test('script-size-limit does not fire on a script of exactly 1 MB', () => {
	const head = 'public class Script : ScriptBase {}\n//';
	assert.deepEqual(runRule(rule, { script: head + 'x'.repeat(1024 * 1024 - head.length) }), []);
});
