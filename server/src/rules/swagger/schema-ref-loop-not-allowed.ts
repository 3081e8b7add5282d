import { definitionRefLoops } from '../../core/refUses';
import { isSwagger2 } from '../../core/swaggerSchema';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * Definitions that are nothing but a `$ref` to another definition, chained back to themselves: the schema never
 * gets any content. Recursion through `properties` or `items` is legal and not reported.
 */
export default defineRule({
	id: 'schema-ref-loop-not-allowed',
	msCode: 'SchemaRefLoopNotAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Definitions must not form a loop of plain $refs.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const root = context.swagger!.document.value;
		if (!isSwagger2(root)) {
			return;
		}
		for (const loop of definitionRefLoops(root)) {
			context.report({
				file: 'swagger',
				path: ['definitions', loop.name, '$ref'],
				message: "The schema definition may not use a '$ref' to point to another definition.",
				data: { cycle: loop.cycle },
				related: loop.cycle.slice(1).map((name) => ({
					file: 'swagger' as const,
					path: ['definitions', name, '$ref'],
					message: `'${name}' is part of the same loop.`,
				})),
			});
		}
	},
});
