// A finding a rule reports twice (a shared definition reached from several uses) is kept once (engine/run.ts); the
// same place with another message, or another target, is another finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from '../../server/src/engine/parsedFile';
import { checkConnector } from '../../server/src/engine/run';
import { defineRule, FROM_VALIDATOR, type ReportDescriptor } from '../../server/src/engine/types';

const reportingAll = (id: string, reports: readonly Omit<ReportDescriptor, 'file'>[]) =>
	defineRule({
		id,
		severity: 'warning',
		profiles: FROM_VALIDATOR,
		evidence: { sources: ['SVR'], basis: 'validator-lets-through' },
		description: 'A test rule.',
		fixable: false,
		files: ['swagger'],
		check: (context) => {
			for (const report of reports) {
				context.report({ file: 'swagger', ...report });
			}
		},
	});

const swagger = parseText('{\n  "swagger": "2.0",\n  "host": "a b",\n  "info": {}\n}');
const findingsOf = (...rules: ReturnType<typeof reportingAll>[]) =>
	checkConnector(rules, { swagger }, { config: { profile: 'validator' } }).findings.swagger.map((finding) => `${finding.ruleId} ${finding.jsonPointer} ${finding.range.start.line}:${finding.range.start.character} ${finding.message}`);

test('the same finding reported again is kept once, however many times and between others', () => {
	const rule = reportingAll('repeats', [
		{ path: ['host'], message: 'First.' },
		{ path: ['host'], message: 'Second.' },
		{ path: ['host'], message: 'First.' },
		{ path: ['host'], message: 'Third.' },
		{ path: ['host'], message: 'Second.' },
		{ path: ['host'], message: 'Third.' },
	]);
	assert.deepEqual(findingsOf(rule), ['repeats /host 2:10 First.', 'repeats /host 2:10 Second.', 'repeats /host 2:10 Third.']);
});

test('one message at another place, another target, or from another rule is another finding', () => {
	const first = reportingAll('first-rule', [
		{ path: ['host'], message: 'Same words.' },
		{ path: ['host'], target: 'key', message: 'Same words.' },
		{ path: ['info'], message: 'Same words.' },
	]);
	const second = reportingAll('second-rule', [{ path: ['host'], message: 'Same words.' }]);
	assert.deepEqual(findingsOf(first, second), [
		'first-rule /host 2:2 Same words.',
		'first-rule /host 2:10 Same words.',
		'second-rule /host 2:10 Same words.',
		'first-rule /info 3:10 Same words.',
	]);
});
