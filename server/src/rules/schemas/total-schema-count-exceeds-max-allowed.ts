import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * A swagger that writes more schema objects than a limit (SVR "Response": TotalSchemaCountExceedsMaxAllowed). Every
 * schema object written counts once: definitions, body and response schemas, and their properties, items,
 * additionalProperties and allOf parts, `$ref` uses included. The limit is unpublished (rules.md §12.11): off until
 * `max` is set.
 */
export default defineRule({
	id: 'total-schema-count-exceeds-max-allowed',
	msCode: 'TotalSchemaCountExceedsMaxAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The swagger must not contain more schemas than the configured limit.',
	fixable: false,
	files: ['swagger'],
	options: {
		max: { type: 'number', default: null, description: 'The most schema objects the swagger may contain (Microsoft does not publish its limit; off when unset).' },
	},
	check(context) {
		const max = context.option<number | null>('max');
		if (typeof max !== 'number') {
			return;
		}
		const swagger = context.swagger!;
		const count = swagger.schemas().length;
		if (count > max) {
			context.report({
				file: 'swagger',
				path: swagger.root.definitions !== undefined ? ['definitions'] : ['swagger'],
				target: 'key',
				message: `The maximum allowed number of schemas in the swagger is '${max}'. Please remove any unnecessary property or item definitions.`,
				data: { count, max },
			});
		}
	},
});
