// The order of a check's findings (engine/run.ts): by position, then errors before warnings, then by rule id, whatever
// order the rules ran in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from '../../server/src/engine/parsedFile';
import { checkConnector } from '../../server/src/engine/run';
import { defineRule, FROM_VALIDATOR, type Severity } from '../../server/src/engine/types';

const reporting = (id: string, severity: Severity, path: (string | number)[]) =>
	defineRule({
		id,
		severity,
		profiles: FROM_VALIDATOR,
		evidence: { sources: ['SVR'], basis: severity === 'error' ? 'validator-rejects' : 'validator-lets-through' },
		description: 'A test rule.',
		fixable: false,
		files: ['swagger'],
		check: (context) => context.report({ file: 'swagger', path, message: id }),
	});

test('findings are ordered by position, then severity, then rule id in code-point order', () => {
	const swagger = parseText('{\n  "swagger": "2.0",\n  "host": "a b"\n}');
	const rules = [
		reporting('b-rule', 'warning', ['host']),
		reporting('a0', 'warning', ['host']),
		reporting('a-rule-2', 'warning', ['host']),
		reporting('z-error', 'error', ['host']),
		reporting('a-rule', 'warning', ['host']),
		reporting('a-b', 'warning', ['host']),
		reporting('zz-earlier-line', 'warning', ['swagger']),
	];
	const findings = checkConnector(rules, { swagger }, { config: { profile: 'validator' } }).findings.swagger;
	assert.deepEqual(
		findings.map((finding) => finding.ruleId),
		['zz-earlier-line', 'z-error', 'a-b', 'a-rule', 'a-rule-2', 'a0', 'b-rule'],
	);
});
