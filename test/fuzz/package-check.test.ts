// Property test of `package --check` (commands/checkPackage.ts, package/zip.ts): random bytes, zips of connector-like
// entries with nested zips, and those zips damaged in their header fields never make the check throw (except the
// documented InputError) and never make it write anything.
import { test } from 'node:test';
import * as fc from 'fast-check';
import { TEST_SCALE, zipCase } from './arbitraries';
import { checkZipCase, fuzzParameters } from './properties';

test('random and damaged zips: no exception but InputError, nothing written', async () => {
	await fc.assert(fc.asyncProperty(zipCase(TEST_SCALE), checkZipCase), fuzzParameters(40));
});
