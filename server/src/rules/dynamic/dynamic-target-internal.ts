import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import { STRICT_ONLY, defineRule } from '../../engine/types';
import { CALL_KINDS, dynamicOccurrences } from '../../core/dynamic';
import { isInternal } from '../../core/strings';

/**
 * Convention (REPO): an operation that only feeds a dropdown, a dynamic schema or a file picker is hidden from the
 * action list with `x-ms-visibility: internal`.
 */
export default defineRule({
	id: 'dynamic-target-internal',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['README'], basis: 'guidance' },
	description: 'An operation invoked by a dynamic extension should be internal.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const check = (operationId: unknown, path: JsonPath) => {
			const target = typeof operationId === 'string' ? swagger.operationById(operationId) : undefined;
			if (!target || isInternal(target.value)) {
				return;
			}
			// Once per operation, where the edit goes (the engine drops the repeats); `path` is the first caller.
			const visibility = target.value['x-ms-visibility'];
			context.report({
				file: 'swagger',
				path: [...target.path, 'x-ms-visibility'],
				target: visibility === undefined ? 'missing' : 'value',
				message: `The operation '${operationId as string}' is invoked by a dynamic extension and should be hidden with "x-ms-visibility": "internal".`,
				data: { operationId, caller: path },
			});
		};
		for (const occurrence of dynamicOccurrences(swagger)) {
			const value = occurrence.value;
			if (!isObject(value)) {
				continue;
			}
			if ((CALL_KINDS as readonly string[]).includes(occurrence.kind)) {
				check(value.operationId, [...occurrence.path, 'operationId']);
			} else {
				for (const call of ['open', 'browse']) {
					if (isObject(value[call])) {
						check((value[call] as Record<string, unknown>).operationId, [...occurrence.path, call, 'operationId']);
					}
				}
			}
		}
	},
});
