import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from '../../server/src/engine/parsedFile';
import { checkConnector } from '../../server/src/engine/run';
import { defineRule, FROM_VALIDATOR, type Severity } from '../../server/src/engine/types';

const generic = defineRule({
	id: 'generic',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['OAS2'], basis: 'platform-rejects' },
	description: 'Generic.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		context.report({ file: 'swagger', path: ['host'], message: 'generic host' });
		context.report({ file: 'swagger', path: ['tags'], message: 'generic tags' });
		context.report({ file: 'swagger', path: ['info'], message: 'generic info' });
	},
});

const specific = (severity: Severity) =>
	defineRule({
		id: 'specific',
		severity,
		profiles: FROM_VALIDATOR,
		evidence: { sources: ['SVR'], basis: severity === 'error' ? 'validator-rejects' : 'validator-lets-through' },
		description: 'Specific.',
		fixable: false,
		files: ['swagger'],
		check(context) {
			context.report({ file: 'swagger', path: ['host'], message: 'specific host' });
			context.report({ file: 'swagger', path: ['tags', 1], message: 'specific tag' });
			context.report({ file: 'swagger', path: ['info', 'contact', 'email', 'x'], message: 'three levels below info' });
		},
	});

const swagger = parseText(JSON.stringify({ swagger: '2.0', host: 'a b', tags: [{ name: 'a' }, { name: 'a' }], info: { contact: { email: { x: 1 } } } }));
const messages = (severity: Severity) =>
	checkConnector([generic, specific(severity)], { swagger }, { config: { profile: 'validator' } }).findings.swagger.map((f) => f.message).sort();

test('a generic finding is dropped where a specific rule reports the node or a node up to two levels below it', () => {
	assert.deepEqual(messages('error'), ['generic info', 'specific host', 'specific tag', 'three levels below info']);
});

test('a generic finding is dropped even where the specific rule is less severe: its severity is the calibrated one', () => {
	assert.deepEqual(messages('warning'), ['generic info', 'specific host', 'specific tag', 'three levels below info']);
});

test('a rule that defersTo another gives way where it reports the same node or one up to two levels above or below', () => {
	const better = defineRule({ ...specific('warning'), id: 'better', check: (context) => context.report({ file: 'swagger', path: ['info', 'contact'], message: 'better' }) });
	const at = (path: (string | number)[]) =>
		defineRule({ ...specific('warning'), id: `at-${path.join('-')}`, defersTo: ['better'], check: (context) => context.report({ file: 'swagger', path, message: path.join('/') }) });
	const rules = [better, at(['info', 'contact']), at(['info']), at(['info', 'contact', 'email', 'x']), at(['host']), at([])];
	const shown = checkConnector(rules, { swagger }, { config: { profile: 'validator' } }).findings.swagger.map((f) => f.message).sort();
	// Same node, one above, two below and the root (two above) give way; the unrelated node stays.
	assert.deepEqual(shown, ['better', 'host']);
	// Without the better rule's finding, nothing gives way.
	const alone = checkConnector(rules.slice(1), { swagger }, { config: { profile: 'validator' } }).findings.swagger.length;
	assert.equal(alone, 5);
});
