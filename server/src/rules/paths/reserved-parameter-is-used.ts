import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * Parameter names the platform reserves. Microsoft has not published the list; the one known name, `connectionId`,
 * has its own code and rule (connection-id-parameter-not-allowed), so it is never reported here. Users who learn of
 * other reserved names from validator output can list them in the `names` option; until then the rule is off.
 */
export default defineRule({
	id: 'reserved-parameter-is-used',
	msCode: 'ReservedParameterIsUsed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A parameter must not use a name the platform reserves.',
	fixable: false,
	files: ['swagger'],
	options: {
		names: {
			type: 'string[]',
			default: null,
			description: "Reserved parameter names (case-insensitive); Microsoft's list is unpublished and 'connectionId' is reported by connection-id-parameter-not-allowed.",
		},
	},
	check(context) {
		const names = context.option<readonly string[] | null>('names');
		if (!names || names.length === 0) {
			return;
		}
		const reserved = new Set(names.map((name) => name.toLowerCase()).filter((name) => name !== 'connectionid'));
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (parameter.name === undefined || !reserved.has(parameter.name.toLowerCase())) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'name'],
				message: `The parameter '${parameter.name}' is reserved and cannot be used in '${parameter.in ?? ''}'.`,
				data: { name: parameter.name, in: parameter.in },
			});
		}
	},
});
