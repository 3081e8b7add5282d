import { artifactKindOf } from '../../core/connector';
import { STRICT_ONLY, defineRule } from '../../engine/types';

/**
 * A Partner Center submission carries intro.md beside the package (rules.md §9.2, §10), and a reviewer called it
 * "required and it's different from readme.md" (PR#2376). The open-source repository has no intro.md at all, so this
 * is strict-only information rather than the catalog's error: see the doc page.
 */
export default defineRule({
	id: 'intro-present',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['SVR', 'SFC', 'CPV'], basis: 'guidance' },
	description: 'A connector submitted through Partner Center needs an intro.md beside its definition.',
	fixable: false,
	reportsBeside: {
		'readme-present': 'another missing file: intro.md, not readme.md',
	},
	files: ['swagger'],
	check(context) {
		const entries = context.connector.folderEntries;
		if (!entries || context.artifacts.intro || entries.some((name) => artifactKindOf(name) === 'intro')) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['info'],
			target: 'key',
			message: 'The connector folder has no intro.md: a Partner Center submission needs one for the public documentation page, separate from readme.md.',
		});
	},
});
