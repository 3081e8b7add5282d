import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { dropdownSources } from './_dropdowns';

const ONE_OF = ['operationId', 'builtInOperation', 'capability'] as const;

/** A dropdown (`x-ms-dynamic-values`, `x-ms-dynamic-list`) must say where its values come from. */
export default defineRule({
	id: 'one-of-properties-required',
	msCode: 'OneOfPropertiesRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: 'An x-ms-dynamic-values or x-ms-dynamic-list extension needs an operationId, builtInOperation or capability.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dropdownSources(context.swagger!)) {
			const value = occurrence.value;
			if (ONE_OF.some((key) => value[key] !== undefined)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: occurrence.path,
				target: 'key',
				message: `At least one of the properties is required: [${ONE_OF.join(', ')}].`,
				data: { properties: [...ONE_OF], kind: occurrence.kind },
			});
		}
	},
});
