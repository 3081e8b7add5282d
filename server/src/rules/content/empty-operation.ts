import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { HTTP_METHODS } from '../../core/swagger';

/** CS: "Empty operations aren't allowed." Read as a path item that defines no operation. */
export default defineRule({
	id: 'empty-operation',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS'],
		basis: 'reviewers-let-through',
		note: "Certified connectors accepted from 2022 to 2024 have path items with no operation ({}); the designer ignores them.",
	},
	description: 'Every path must define at least one operation.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			// A `$ref` path item is path-item-ref-not-suppored's finding.
			if (item.value.$ref !== undefined || HTTP_METHODS.some((method) => item.value[method] !== undefined)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: `The path '${item.pathKey}' defines no operation; remove it: the certification page does not allow empty operations.`,
				data: { pathKey: item.pathKey },
			});
		}
	},
});
