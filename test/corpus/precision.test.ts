// What Microsoft accepted holds the severities honest (issue 11): on the dev corpus's swaggers that passed Microsoft's
// validator (changed upstream since 2021), the validator profile reports no error outside the documented exceptions,
// the certification profile errs on at most 15 % of the certified ones, every error on an accepted swagger is a
// documented exception, and every documented exception is still real. The figures on the rule pages are current.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { findRule } from '../../server/src/rules/index';
import { CERTIFICATION_ERROR_SHARE, DEV_CORPUS, EVIDENCE_PATH, EXCEPTIONS, evidenceFile, measureCorpus, renderEvidenceFile, type CorpusMeasure } from '../../scripts/corpus-evidence';

let measure: CorpusMeasure;

before(async () => {
	assert.ok(existsSync(DEV_CORPUS), `the dev corpus is expected at ${DEV_CORPUS} (clone ../shared beside the repository)`);
	measure = await measureCorpus();
});

const profile = (name: string) => measure.profiles.find((p) => p.profile === name)!;

test('the validator profile reports no error on an accepted swagger outside the documented exceptions', () => {
	assert.ok(measure.connectors.length >= 70, `accepted swaggers: ${measure.connectors.length}`);
	assert.deepEqual(profile('validator').withUnexplainedErrors, []);
});

test(`the certification profile errs on at most ${CERTIFICATION_ERROR_SHARE * 100} % of accepted certified swaggers, each error a documented exception`, () => {
	const certification = profile('certification');
	const share = certification.withErrors.length / certification.population.length;
	assert.ok(share <= CERTIFICATION_ERROR_SHARE, `${certification.withErrors.length} of ${certification.population.length}: ${certification.withErrors.join(', ')}`);
	assert.deepEqual(certification.withUnexplainedErrors, []);
});

test('every documented exception is an error rule that still fires on that accepted swagger', () => {
	for (const exception of EXCEPTIONS) {
		assert.equal(findRule(exception.rule)?.severity, 'error', `${exception.rule} is an error rule`);
		assert.ok(measure.flagsByRule[exception.rule].includes(exception.connector), `${exception.rule} still flags ${exception.connector}`);
	}
});

test('docs/rules/evidence.json holds the current figures: run `npm run corpus-report -- --evidence` when this fails', () => {
	assert.equal(readFileSync(EVIDENCE_PATH, 'utf8'), renderEvidenceFile(evidenceFile(measure)));
});
