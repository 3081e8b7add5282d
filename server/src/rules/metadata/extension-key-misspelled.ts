import { isObject, valueAtPath } from '../../core/refs';
import { renameKey } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { unusualExtensionKeyUses, nearMiss } from '../../core/extensionKeys';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * A key one or two typing errors away from a known `x-ms-*` extension (`x-ms-visibilty`, `X-MS-Summary`,
 * `x-summary`) is silently ignored by the platform: the field loses its label or visibility.
 */
export default defineRule({
	id: 'extension-key-misspelled',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['EXT'], basis: 'should' },
	description: 'An extension key that nearly matches a known x-ms-* extension is probably misspelled.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const keyUses = unusualExtensionKeyUses(context.swagger!);
		for (let useIndex = 0; useIndex < keyUses.length; useIndex++) {
			const use = keyUses[useIndex];
			const suggestion = nearMiss(use.key);
			if (suggestion === undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: use.path,
				target: 'key',
				message: withSubject(`The extension key '${use.key}' is not recognized; did you mean '${suggestion}'?`, subjectOf(context.swagger, use.parentPath)),
				data: { key: use.key, suggestion },
			});
		}
	},
	fix({ finding, doc }) {
		const suggestion = finding.data?.suggestion;
		const parent = valueAtPath(doc.value, finding.path.slice(0, -1));
		// Renaming onto a key the object already has would leave a duplicate: the author must choose which value stays.
		if (typeof suggestion !== 'string' || !isObject(parent) || Object.hasOwn(parent, suggestion)) {
			return undefined;
		}
		return { title: `Rename to '${suggestion}'`, edits: renameKey(doc, finding.path, suggestion) };
	},
});
