import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** Two headers in one response whose names differ only in case (HTTP header names are case-insensitive). */
export default defineRule({
	id: 'response-headers-are-not-unique',
	msCode: 'ResponseHeadersAreNotUnique',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The headers of a response must have distinct names, compared case-insensitively.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		// Every response object once, where it is written: shared ones under the root, inline ones in operations.
		const responses: { path: JsonPath; value: unknown }[] = [];
		const shared = swagger.root.responses;
		if (isObject(shared)) {
			for (const [name, value] of Object.entries(shared)) {
				responses.push({ path: ['responses', name], value });
			}
		}
		for (const operation of swagger.operations()) {
			for (const response of swagger.responses(operation)) {
				if (response.ref === undefined) {
					responses.push({ path: response.path, value: response.value });
				}
			}
		}
		for (const { path, value } of responses) {
			const headers = isObject(value) ? value.headers : undefined;
			if (!isObject(headers)) {
				continue;
			}
			const first = new Map<string, string>();
			for (const name of Object.keys(headers)) {
				const key = name.toLowerCase();
				const original = first.get(key);
				if (original === undefined) {
					first.set(key, name);
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...path, 'headers', name],
					target: 'key',
					message: 'The response headers are not unique.',
					data: { name, duplicateOf: original },
					related: [{ file: 'swagger', path: [...path, 'headers', original], target: 'key', message: `'${original}' is the same header.` }],
				});
			}
		}
	},
});
