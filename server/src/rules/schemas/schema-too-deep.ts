import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { rootSchemas, schemaMeasurer } from '../shared/schemaLimits';

/**
 * Request and response schemas nested deeper than a limit, counting referenced definitions (SVR "Response":
 * SchemaTooDeep). Microsoft does not publish the limit (rules.md §12.11), so the check is off until `maxDepth` is set.
 */
export default defineRule({
	id: 'schema-too-deep',
	msCode: 'SchemaTooDeep',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Request and response schemas must not nest deeper than the configured limit.',
	fixable: false,
	files: ['swagger'],
	options: {
		maxDepth: { type: 'number', default: null, description: 'The deepest allowed schema nesting, $refs expanded (Microsoft does not publish its limit; off when unset).' },
	},
	check(context) {
		const max = context.option<number | null>('maxDepth');
		if (typeof max !== 'number') {
			return;
		}
		const measurer = schemaMeasurer(context.swagger!);
		for (const root of rootSchemas(context.swagger!, ['body', 'response'])) {
			const { depth } = measurer.measure(root.schema);
			if (depth > max) {
				context.report({
					file: 'swagger',
					path: root.reportPath,
					target: 'key',
					message: `The schema exceeds the maximum allowed depth. Schemas must not exceed a depth of '${max}', including referenced ('$ref') schemas.`,
					data: { depth, max },
				});
			}
		}
	},
});
