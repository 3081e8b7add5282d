import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';

/** SVR `TagRedefined`: each name in the root `tags` list is defined once. */
export default defineRule({
	id: 'tag-redefined',
	msCode: 'TagRedefined',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A tag name must be defined only once in the root tags list.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const tags = context.swagger!.root.tags;
		if (!Array.isArray(tags)) {
			return;
		}
		const firstIndex = new Map<string, number>();
		tags.forEach((tag, index) => {
			const name = isObject(tag) ? tag.name : undefined;
			if (typeof name !== 'string') {
				return;
			}
			const first = firstIndex.get(name);
			if (first === undefined) {
				firstIndex.set(name, index);
				return;
			}
			context.report({
				file: 'swagger',
				path: ['tags', index, 'name'],
				message: `The 'tags' property defines tag '${name}' multiple times.`,
				data: { name, firstIndex: first },
			});
		});
	},
});
