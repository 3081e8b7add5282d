import { STRICT_ONLY, defineRule } from '../../engine/types';
import { unusualExtensionKeyUses, knownExtension, nearMiss } from '../../core/extensionKeys';
import { subjectOf, withSubject } from '../shared/subject';

/** An `x-ms-*` key that no Power Platform source documents (and that is not a near miss of one) has no effect. */
export default defineRule({
	id: 'extension-key-unknown',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['EXT'], basis: 'guidance' },
	description: 'An x-ms-* key that is not a documented Power Platform connector extension has no effect.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const keyUses = unusualExtensionKeyUses(context.swagger!);
		for (let useIndex = 0; useIndex < keyUses.length; useIndex++) {
			const use = keyUses[useIndex];
			if (!/^x-ms-/i.test(use.key) || knownExtension(use.key) || nearMiss(use.key) !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: use.path,
				target: 'key',
				message: withSubject(`The extension key '${use.key}' is not a documented Power Platform connector extension; the platform ignores it.`, subjectOf(context.swagger, use.parentPath)),
				data: { key: use.key },
			});
		}
	},
});
