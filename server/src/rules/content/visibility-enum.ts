import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { removeValue, setValue } from '../../engine/edits';
import { holdersOfKey } from '../../core/walk';
import { editDistance } from '../shared/fixStructure';

const ALLOWED: readonly string[] = ['important', 'advanced', 'internal'];

/** Values authors write for "never shown", which is what `internal` means. */
const HIDDEN_SYNONYMS: ReadonlySet<string> = new Set(['hidden', 'hide', 'invisible', 'private']);

/**
 * What Microsoft's validator accepts: the three values in any case, and the empty string (the default visibility).
 * Swaggers it accepted in 2022 and 2024 use "Advanced" and "" hundreds of times.
 */
function isAcceptedVisibility(value: unknown): boolean {
	return typeof value === 'string' && (value.trim() === '' || ALLOWED.includes(value.trim().toLowerCase()));
}

/**
 * The valid value a rejected one most likely meant: a typo within two edits (`advnced`, `Importnt`), or a synonym of
 * internal (`hidden`). Undefined otherwise (`none`, `visible`, non-strings): those mean "the default", which is what
 * the designer does with a value it does not know, so the fix removes the key. (A case slip is not rejected.)
 */
export function nearestVisibility(value: unknown): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}
	const lower = value.trim().toLowerCase();
	if (HIDDEN_SYNONYMS.has(lower)) {
		return 'internal';
	}
	return lower.length >= 4 ? ALLOWED.find((allowed) => editDistance(lower, allowed) <= 2) : undefined;
}

/** Keys whose object value maps names to things: a key `x-ms-visibility` in them is a name, not the extension. */
const NAME_MAPS: ReadonlySet<string> = new Set(['properties', 'definitions', 'parameters', 'responses', 'securityDefinitions', 'paths', 'headers', 'scopes']);

/** Keys whose value is example data, not swagger: whatever it contains is not checked. */
const DATA: ReadonlySet<string> = new Set(['example', 'examples', 'x-ms-test-value', 'default', 'enum']);

/**
 * Whether the key an object at `path` holds is swagger to check: not inside example data, and not a name in a name map
 * (where `x-ms-visibility` would be the name of a property or a parameter). Under a name map, each entry is a named
 * thing (a schema, a parameter) whose own keys are checked again.
 */
function isCheckedHolder(root: unknown, path: JsonPath): boolean {
	let value = root;
	let isNameMap = false;
	for (const key of path) {
		if (Array.isArray(value)) {
			value = value[key as number];
			isNameMap = false;
			continue;
		}
		if (!isNameMap && DATA.has(key as string)) {
			return false;
		}
		const child = (value as Record<string, unknown>)[key];
		isNameMap = !isNameMap && NAME_MAPS.has(key as string) && !Array.isArray(child);
		value = child;
	}
	return !isNameMap;
}

/**
 * `x-ms-visibility` anywhere (operations, parameters, schemas, response properties) must be one of the three values
 * Microsoft's schema allows. Anything else (`none`, `""`, `Advanced`) is rejected by the validator's enum check.
 */
export default defineRule({
	id: 'visibility-enum',
	msCode: 'JsonValueNotInEnum',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['MSS', 'EXT'],
		basis: 'validator-rejects',
		note: 'Values are compared without regard to case and an empty value means the default: swaggers the validator accepted in 2022 and 2024 use "Advanced" and "" hundreds of times. Any other value is reported.',
	},
	description: 'The x-ms-visibility value must be important, advanced or internal.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const holders = holdersOfKey(swagger.document, 'x-ms-visibility');
		for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
			const holder = holders[holderIndex];
			const visibility = holder.value;
			// The value first: nearly all are accepted, and those need no path.
			if (!isAcceptedVisibility(visibility) && isCheckedHolder(swagger.document.value, holder.path)) {
				context.report({
					file: 'swagger',
					path: [...holder.path, 'x-ms-visibility'],
					message: 'The property value must be one of the following: important, advanced, internal.',
					data: { value: visibility },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const replacement = nearestVisibility(finding.data?.value);
		return replacement === undefined
			? { title: 'Remove "x-ms-visibility" (default visibility)', edits: removeValue(doc, finding.path) }
			: { title: `Replace the value by "${replacement}"`, edits: setValue(doc, finding.path, replacement) };
	},
});
