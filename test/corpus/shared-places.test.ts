// No rule repeats another on real connectors: over the 80 dev connectors, two rules report one place only when one
// defers to the other or says, in `reportsBeside`, what differs (test/shared-places.test.ts does the same over the
// repository's fixtures).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { DEV_CORPUS } from '../../scripts/corpus-evidence';
import { RULES } from '../../server/src/rules/index';
import { undeclaredSharedPlacesIn } from '../helpers/sharedPlaces';

test('over the dev corpus, two rules share a place only when one defers to or names the other', async () => {
	assert.ok(existsSync(DEV_CORPUS), `the dev corpus is expected at ${DEV_CORPUS} (clone ../shared beside the repository)`);
	const { connectors, shared } = await undeclaredSharedPlacesIn(RULES, [DEV_CORPUS]);
	assert.ok(connectors >= 80, `connectors checked: ${connectors}`);
	assert.deepEqual(shared, []);
});
