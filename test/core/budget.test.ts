import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StepBudget } from '../../server/src/core/budget';

test('a budget gives steps while it has them, then none, and says it is exhausted', () => {
	const budget = new StepBudget(3);
	assert.deepEqual([budget.take(), budget.take(2), budget.exhausted], [true, true, false]);
	assert.deepEqual([budget.take(), budget.exhausted, budget.take()], [false, true, false]);
});

test('a take that does not fit takes nothing from what is left', () => {
	const budget = new StepBudget(5);
	assert.equal(budget.take(6), false);
	// Given up: what was left does not come back for smaller takes.
	assert.equal(budget.take(1), false);
});

test('steps count against the shared budget too, and a shared budget spent stops every budget drawing on it', () => {
	const document = new StepBudget(10);
	const first = new StepBudget(8, document);
	assert.equal(first.take(8), true);
	const second = new StepBudget(8, document);
	assert.deepEqual([second.take(2), second.take(), second.exhausted, document.exhausted], [true, false, true, false]);
	assert.equal(new StepBudget(8, document).take(), false);
});

test('a budget cut short gives up its whole allowance: the shared budget is charged what it had left', () => {
	const document = new StepBudget(30);
	const operation = new StepBudget(20, document);
	assert.deepEqual([operation.take(15), operation.take(10)], [true, false]);
	// 15 taken and 5 given up: 10 remain for the next operation.
	const next = new StepBudget(20, document);
	assert.deepEqual([next.take(10), next.take()], [true, false]);
});
