import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { swaggerRefUses } from '../shared/swaggerStructure';

/**
 * What is wrong with the JSON pointer of a local `$ref` (`#/…`), if its syntax is broken: a `%` escape that does not
 * decode (the fragment is URI-encoded), or a `~` not followed by `0` or `1` (RFC 6901). A fragment that does not start
 * with `/` is left to the `*-reference-not-valid` rules ("must start with '#/definitions/'"); remote and file
 * references too.
 */
function pointerDefect(ref: string): 'encoding' | 'escape' | undefined {
	if (!ref.startsWith('#')) {
		return undefined;
	}
	let fragment: string;
	try {
		fragment = decodeURIComponent(ref.slice(1));
	} catch {
		return 'encoding';
	}
	if (!fragment.startsWith('/')) {
		return undefined;
	}
	return /~[^01]|~$/.test(fragment) ? 'escape' : undefined;
}

/** A `$ref` whose JSON pointer is syntactically broken, whatever it points to (SVR "Response": JsonPointerNotValid). */
export default defineRule({
	id: 'json-pointer-not-valid',
	msCode: 'JsonPointerNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every $ref must be a syntactically valid JSON Pointer.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		// The same few hundred reference strings recur thousands of times: each is judged once.
		const defects = new Map<string, ReturnType<typeof pointerDefect>>();
		const refUses = swaggerRefUses(context.swagger!.document);
		for (let useIndex = 0; useIndex < refUses.length; useIndex++) {
			const use = refUses[useIndex];
			let defect = defects.get(use.ref);
			if (defect === undefined && !defects.has(use.ref)) {
				defect = pointerDefect(use.ref);
				defects.set(use.ref, defect);
			}
			if (defect) {
				context.report({
					file: 'swagger',
					path: use.path,
					message: 'The JSON Pointer path is not valid.',
					data: { ref: use.ref, defect },
				});
			}
		}
	},
});
