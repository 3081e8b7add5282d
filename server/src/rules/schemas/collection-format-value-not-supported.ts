import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';

const ALWAYS = new Set(['csv', 'ssv', 'tsv', 'pipes']);

/**
 * SVR CollectionFormatValueNotSupported: `collectionFormat` is one of csv, ssv, tsv, pipes; `multi` only on a query or
 * formData parameter (Swagger 2.0: it repeats the parameter, which only those locations can do).
 */
export default defineRule({
	id: 'collection-format-value-not-supported',
	msCode: 'CollectionFormatValueNotSupported',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: "A 'collectionFormat' must be csv, ssv, tsv or pipes, or multi on a query or formData parameter.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const value = node.value.collectionFormat;
			if (value === undefined || (typeof value === 'string' && ALWAYS.has(value))) {
				continue;
			}
			if (value === 'multi' && node.kind === 'parameter' && (node.value.in === 'query' || node.value.in === 'formData')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...node.path, 'collectionFormat'],
				message: `The 'collectionFormat' keyword value '${typeof value === 'string' ? value : JSON.stringify(value)}' is not supported.`,
				data: { value, kind: node.kind },
			});
		}
	},
});
