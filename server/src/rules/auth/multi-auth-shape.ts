import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';

function filled(value: unknown): boolean {
	return typeof value === 'string' && value.trim() !== '';
}

/**
 * Multi-auth (MA): `connectionParameterSets` is `{ uiDefinition: { displayName, description }, values: [{ name,
 * uiDefinition: { displayName, description }, parameters: { … } }] }`. Microsoft's apiProperties schema does not
 * describe it at all (rules.md §12 item 9), so its shape is checked here; JSON types are `api-properties-schema`'s.
 */
export default defineRule({
	id: 'multi-auth-shape',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MA'], basis: 'should' },
	description: 'A multi-auth connectionParameterSets should have a uiDefinition and named sets, each with a uiDefinition and parameters.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const sets = context.apiProperties!.properties.connectionParameterSets;
		if (!isObject(sets)) {
			return;
		}
		const base: JsonPath = ['properties', 'connectionParameterSets'];
		const report = (path: JsonPath, present: unknown, message: string, data: Record<string, unknown>) =>
			context.report({ file: 'apiProperties', path, target: present === undefined ? 'missing' : 'value', message, data });
		const checkUi = (ui: unknown, path: JsonPath, what: string) => {
			if (!isObject(ui)) {
				report([...path, 'uiDefinition'], ui, `${what} should have a 'uiDefinition' with a 'displayName' and a 'description'.`, { missing: 'uiDefinition' });
				return;
			}
			for (const key of ['displayName', 'description']) {
				if (!filled(ui[key])) {
					report([...path, 'uiDefinition', key], ui[key], `${what} should have a non-empty 'uiDefinition.${key}'.`, { missing: key });
				}
			}
		};
		checkUi(sets.uiDefinition, base, "The 'connectionParameterSets' object");
		const values = sets.values;
		if (!Array.isArray(values) || values.length === 0) {
			// A non-array is a type error reported by api-properties-schema.
			if (values === undefined || Array.isArray(values)) {
				report([...base, 'values'], values, "The 'connectionParameterSets' object should list its parameter sets in a non-empty 'values' array.", { missing: 'values' });
			}
			return;
		}
		const names = new Set<string>();
		values.forEach((set, index) => {
			if (!isObject(set)) {
				return;
			}
			const path: JsonPath = [...base, 'values', index];
			const name = set.name;
			if (!filled(name)) {
				report([...path, 'name'], name, `The parameter set ${index + 1} should have a non-empty 'name'.`, { missing: 'name', index });
			} else if (names.has(name as string)) {
				report([...path, 'name'], name, `The parameter set name '${name as string}' is used more than once; each set needs its own name.`, { duplicate: name, index });
			} else {
				names.add(name as string);
			}
			const label = filled(name) ? `The parameter set '${name as string}'` : `The parameter set ${index + 1}`;
			checkUi(set.uiDefinition, path, label);
			const parameters = set.parameters;
			if (!isObject(parameters) || Object.keys(parameters).length === 0) {
				if (parameters === undefined || isObject(parameters)) {
					report([...path, 'parameters'], parameters, `${label} should define its connection parameters in a non-empty 'parameters' object.`, { missing: 'parameters', index });
				}
			}
		});
	},
});
