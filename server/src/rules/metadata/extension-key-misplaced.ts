import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { LEVEL_NAMES, unusualExtensionKeyUses, knownExtension, type ExtensionLevel } from '../../core/extensionKeys';
import { subjectOf, withSubject } from '../shared/subject';

/** Levels where the catalog is sure what takes effect; elsewhere (headers, items, tags…) nothing is reported. */
const JUDGED: ReadonlySet<ExtensionLevel> = new Set(['root', 'info', 'pathItem', 'operation', 'parameter', 'schema', 'response']);

/** A known `x-ms-*` key written where the platform does not read it, e.g. `x-ms-trigger` on a parameter. */
export default defineRule({
	id: 'extension-key-misplaced',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['EXT'], basis: 'should' },
	description: 'A known x-ms-* extension written at a level where it has no effect.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const keyUses = unusualExtensionKeyUses(context.swagger!);
		for (let useIndex = 0; useIndex < keyUses.length; useIndex++) {
			const use = keyUses[useIndex];
			const known = knownExtension(use.key);
			if (!known || !JUDGED.has(use.level) || known.levels.includes(use.level)) {
				continue;
			}
			const where = known.levels.map((level) => LEVEL_NAMES[level]).join(', ');
			context.report({
				file: 'swagger',
				path: use.path,
				target: 'key',
				message: withSubject(`The extension '${use.key}' has no effect on ${LEVEL_NAMES[use.level]}; it applies to ${where}.`, subjectOf(context.swagger, use.parentPath)),
				data: { key: use.key, level: use.level, levels: known.levels },
			});
		}
	},
});
