import { STRICT_ONLY, defineRule } from '../../engine/types';
import { stringHolders, textValue } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A single identifier-like token: camelCase, PascalCase with inner capitals, or snake_case ("read-only" is English). */
function isCodeForm(text: string): boolean {
	return /^[A-Za-z][A-Za-z0-9]*$/.test(text) ? /[a-z][A-Z]/.test(text) : /^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/.test(text) && /[A-Za-z]/.test(text);
}

/**
 * Descriptions that tell users nothing: the name again (PR#1286: `"description": "folder"` was rejected), a CaMel or
 * snake_case token (CS: "typically considered non-translatable"), or a one-word operation description.
 */
export default defineRule({
	id: 'description-quality',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['CS'], basis: 'guidance' },
	description: 'Descriptions should explain more than the name, in words rather than identifiers.',
	fixable: false,
	defersTo: ['summary-description-differ'],
	files: ['swagger'],
	check(context) {
		const holders = stringHolders(context.swagger!);
		for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
			const holder = holders[holderIndex];
			if (holder.hidden || holder.kind === 'schema') {
				continue;
			}
			const description = textValue(holder.value.description)?.trim();
			if (description === undefined) {
				continue;
			}
			let problem: string | undefined;
			if (isCodeForm(description)) {
				problem = 'is an identifier (CaMel or snake_case strings are not translated); write it in words';
			} else if (holder.kind !== 'operation' && holder.name !== undefined && squash(description) === squash(holder.name)) {
				problem = `only repeats the name '${holder.name}'; say what the value means`;
			} else if (holder.kind === 'operation' && !/\s/.test(description)) {
				problem = 'is a single word; describe what the operation does in a sentence';
			}
			if (problem) {
				context.report({
					file: 'swagger',
					path: [...holder.path, 'description'],
					message: withSubject(`The description '${description}' ${problem}.`, subjectOf(context.swagger, holder.path)),
					data: { kind: holder.kind, name: holder.name },
				});
			}
		}
	},
});
