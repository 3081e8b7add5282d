import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject, jsonTypeOf } from '../../core/refs';

const EXPECTED = { kind: 'query', mode: 'polling' } as const;

/** MSS: `x-ms-trigger-metadata` is an object with `kind: "query"` and `mode: "polling"`, both required. */
export default defineRule({
	id: 'trigger-metadata-shape',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS'], basis: 'certification-must' },
	description: 'The x-ms-trigger-metadata extension must be {"kind": "query", "mode": "polling"}.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const metadata = operation.value['x-ms-trigger-metadata'];
			if (metadata === undefined) {
				continue;
			}
			const path = [...operation.path, 'x-ms-trigger-metadata'];
			if (!isObject(metadata)) {
				context.report({
					file: 'swagger',
					path,
					message: `The type of the property is incorrect. Expected type 'object', but value is of type '${jsonTypeOf(metadata)}'.`,
					data: { expected: ['object'], actual: jsonTypeOf(metadata) },
				});
				continue;
			}
			for (const [property, expected] of Object.entries(EXPECTED)) {
				const value = metadata[property];
				if (value === undefined) {
					context.report({ file: 'swagger', path: [...path, property], target: 'missing', message: `The '${property}' property is required.`, data: { property, expected } });
				} else if (value !== expected) {
					context.report({ file: 'swagger', path: [...path, property], message: `The property value must be one of the following: ${expected}.`, data: { allowedValues: [expected], value } });
				}
			}
		}
	},
});
