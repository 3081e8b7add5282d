import { hasOwnKey } from '../../core/refs';
import { removeValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { swaggerRefUses } from '../shared/swaggerStructure';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * An object with `$ref` and other keys: a JSON Reference replaces the whole object, so the siblings (even
 * `description` or `x-ms-summary`) are ignored (SVR Properties: AdditionalPropertyNotAllowedAdjacentToRef). Reported on
 * each sibling key. Path-item `$ref`s are another rule's concern (they are not supported at all).
 */
export default defineRule({
	id: 'additional-property-not-allowed-adjacent-to-ref',
	msCode: 'AdditionalPropertyNotAllowedAdjacentToRef',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Swaggers the validator accepted from 2021 to 2024 put description, readOnly, x-nullable or type beside a $ref (Egnyte 2024, SchoolDigger 2023), so it does not block; the designer ignores the siblings.",
	},
	description: "An object with a '$ref' must not have any other properties.",
	fixable: true,
	reportsBeside: {
		'extension-key-unknown': 'that the key is ignored beside a $ref, not that no connector extension has its name',
	},
	files: ['swagger'],
	check(context) {
		const refUses = swaggerRefUses(context.swagger!.document);
		for (let useIndex = 0; useIndex < refUses.length; useIndex++) {
			const use = refUses[useIndex];
			// Nearly every reference has no other key: those are passed over without an array of their keys.
			if (use.kind === 'path-item' || !hasOwnKey(use.holder, '$ref')) {
				continue;
			}
			const objectPath = use.path.slice(0, -1);
			const siblings = Object.keys(use.holder).filter((key) => key !== '$ref');
			for (const key of siblings) {
				context.report({
					file: 'swagger',
					path: [...objectPath, key],
					target: 'key',
					// The message is Microsoft's and names no key: the subject says which key of which object.
					message: withSubject("When '$ref' is defined, no other properties may be specified.", `key '${key}' of ${subjectOf(context.swagger, objectPath)}`),
					data: { property: key, ref: use.ref, siblings },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const key = finding.path[finding.path.length - 1];
		return { title: `Remove '${String(key)}' (the $ref replaces the object)`, edits: removeValue(doc, finding.path) };
	},
});
