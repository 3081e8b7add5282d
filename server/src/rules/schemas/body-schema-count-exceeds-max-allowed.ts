import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { rootSchemas, schemaMeasurer } from '../shared/schemaLimits';

/**
 * A body parameter whose schema, with referenced definitions expanded, is made of more schema objects than a limit
 * (SVR "Response": BodySchemaCountExceedsMaxAllowed). The limit is unpublished (rules.md §12.11): off until `max` is set.
 */
export default defineRule({
	id: 'body-schema-count-exceeds-max-allowed',
	msCode: 'BodySchemaCountExceedsMaxAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A body parameter schema must not contain more schemas than the configured limit.',
	fixable: false,
	files: ['swagger'],
	options: {
		max: { type: 'number', default: null, description: 'The most schema objects one body schema may contain, $refs expanded (Microsoft does not publish its limit; off when unset).' },
	},
	check(context) {
		const max = context.option<number | null>('max');
		if (typeof max !== 'number') {
			return;
		}
		const measurer = schemaMeasurer(context.swagger!);
		for (const root of rootSchemas(context.swagger!, ['body'])) {
			const { count } = measurer.measure(root.schema);
			if (count > max) {
				context.report({
					file: 'swagger',
					path: root.reportPath,
					target: 'key',
					message: `The total number of schemas in the object exceeds the max schema count allowed value of '${max}'. Please remove any unnecessary property or item definitions.`,
					data: { count, max },
				});
			}
		}
	},
});
