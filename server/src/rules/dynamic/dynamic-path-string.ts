import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { ITEM_PATH_KEYS, COLLECTION_KEY, callEntries, dynamicOccurrences } from '../../core/dynamic';

const TREE_CALL_KEYS = ['itemsPath', 'itemValuePath', 'itemTitlePath', 'itemFullTitlePath'];

/** EXT: a path string is a JSON pointer without the leading `/` (`property/childProperty`). */
export default defineRule({
	id: 'dynamic-path-string',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['EXT'], basis: 'should' },
	description: "Path strings in dynamic extensions must not start with '/'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const check = (value: unknown, path: JsonPath) => {
			if (typeof value === 'string' && value.startsWith('/')) {
				context.report({
					file: 'swagger',
					path,
					message: `The path string '${value}' must not start with '/': a path string is a JSON pointer without the leading slash.`,
					data: { path: value, fixed: value.replace(/^\/+/, '') },
				});
			}
		};
		for (const occurrence of dynamicOccurrences(context.swagger!)) {
			const value = occurrence.value;
			if (!isObject(value)) {
				continue;
			}
			if (occurrence.kind === 'x-ms-dynamic-tree') {
				for (const call of ['open', 'browse']) {
					const callValue = value[call];
					if (!isObject(callValue)) {
						continue;
					}
					for (const key of TREE_CALL_KEYS) {
						check(callValue[key], [...occurrence.path, call, key]);
					}
					if (isObject(callValue.parameters)) {
						for (const [name, parameter] of Object.entries(callValue.parameters)) {
							if (isObject(parameter)) {
								check(parameter.selectedItemValuePath, [...occurrence.path, call, 'parameters', name, 'selectedItemValuePath']);
							}
						}
					}
				}
				continue;
			}
			const keys = [COLLECTION_KEY[occurrence.kind], ...(ITEM_PATH_KEYS[occurrence.kind] ?? [])].filter((k): k is string => k !== undefined);
			for (const key of keys) {
				check(value[key], [...occurrence.path, key]);
			}
			for (const entry of callEntries(occurrence)) {
				if (entry.kind === 'reference' && entry.style === 'parameterReference') {
					check(entry.reference, entry.referencePath);
				}
			}
		}
	},
});
