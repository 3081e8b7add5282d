import { FROM_VALIDATOR, defineRule, type RuleContext } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { duplicateIndexes } from './_keywords';
import { typedNodes } from '../shared/typedNodes';

const ROOT: { readonly path: JsonPath } = { path: [] };

/**
 * SVR ArrayDuplicateValue, on the lists whose items are a set: `enum` and a schema's `required` (schemas, parameters,
 * headers, items), and `schemes`, `consumes`, `produces` (root and operation) and an operation's `tags`. The root
 * `tags` list is `tag-redefined`'s (Microsoft has a code of its own for it).
 */
export default defineRule({
	id: 'array-duplicate-value',
	msCode: 'ArrayDuplicateValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Enum, required, schemes, consumes, produces and operation tags lists must not repeat a value.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const typed = typedNodes(swagger);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			reportDuplicates(context, node.value.enum, node, 'enum');
			if (node.kind === 'schema') {
				reportDuplicates(context, node.value.required, node, 'required');
			}
		}
		const root = swagger.root;
		for (const key of ['schemes', 'consumes', 'produces']) {
			reportDuplicates(context, root[key], ROOT, key);
		}
		for (const operation of swagger.operations()) {
			for (const key of ['schemes', 'consumes', 'produces', 'tags']) {
				reportDuplicates(context, operation.value[key], operation, key);
			}
		}
	},
});

/**
 * Reports each repeated value of `parent[key]`. The parent's path is asked for only with a finding: the thousands of
 * nodes without such a list allocate nothing, and a schema's path is made only when asked for.
 */
function reportDuplicates(context: RuleContext, list: unknown, parent: { readonly path: JsonPath }, key: string): void {
	if (!Array.isArray(list) || list.length < 2) {
		return;
	}
	for (const index of duplicateIndexes(list)) {
		context.report({
			file: 'swagger',
			path: [...parent.path, key, index],
			message: 'The array contains duplicate values, values must be unique.',
			data: { index, value: list[index] },
		});
	}
}
