import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey } from './_pathsParams';

/** Path keys that differ only in capitalization (`/Items` and `/items`): routing treats them as one path. */
export default defineRule({
	id: 'path-redefined',
	msCode: 'PathRedefined',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Path keys must be unique when compared case-insensitively.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const first = new Map<string, string>();
		for (const item of context.swagger!.pathItems()) {
			if (!isPathKey(item.pathKey)) {
				continue;
			}
			const folded = item.pathKey.toLowerCase();
			const earlier = first.get(folded);
			if (earlier === undefined) {
				first.set(folded, item.pathKey);
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				target: 'key',
				message: `The path '${item.pathKey}' is defined multiple times with different capitalization. Paths must be unique when compared case-insensitively.`,
				data: { pathKey: item.pathKey, firstPathKey: earlier },
				related: [{ file: 'swagger', path: ['paths', earlier], target: 'key', message: `The path is first defined as '${earlier}'.` }],
			});
		}
	},
});
