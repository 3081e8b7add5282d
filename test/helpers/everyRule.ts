/** Every connector folder under some roots, checked with every rule on: what the repository-wide rule tests read. */
import { EVERY_RULE } from '../../scripts/corpus-evidence';
import { check, type Finding, type Rule } from '../../server/src/engine/index';
import { findConnectorFolders, loadConnector } from '../../server/src/host/nodeConnector';

export async function* checkedWithEveryRule(rules: readonly Rule[], roots: readonly string[]): AsyncGenerator<{ readonly folder: string; readonly findings: Finding[] }> {
	for (const root of roots) {
		for (const folder of await findConnectorFolders(root)) {
			const loaded = await loadConnector(folder);
			yield { folder: folder.folder, findings: Object.values(check(rules, loaded.input, EVERY_RULE).findings).flat() };
		}
	}
}
