import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { ITEM_PATH_KEYS, collectionOf, dynamicOccurrences, navigate, pathSegments, successSchema, targetOperation } from '../../core/dynamic';

/**
 * The paths a dynamic call reads from the invoked operation's response must exist there: `value-path` / `value-title`
 * (values) and `itemValuePath` / `itemTitlePath` (list) in each item of the collection; `value-path` (schema) and
 * `itemValuePath` (properties) in the response.
 */
export default defineRule({
	id: 'invoked-operation-should-produce-property',
	msCode: 'InvokedOperationShouldProduceProperty',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the property should be in the response, and the dropdown is filled at run time from what the API returns, so a property missing from the declared schema does not block.",
	},
	description: "The value, title and schema paths of a dynamic call must exist in the invoked operation's response.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const occurrence of dynamicOccurrences(swagger)) {
			const keys = ITEM_PATH_KEYS[occurrence.kind];
			const target = keys ? targetOperation(swagger, occurrence) : undefined;
			if (!keys || !target || !isObject(occurrence.value)) {
				continue;
			}
			let base: { raw: unknown; path: (string | number)[] } | undefined;
			if (occurrence.kind === 'x-ms-dynamic-values' || occurrence.kind === 'x-ms-dynamic-list') {
				// A collection that is not an array is invoked-operation-should-produce-array's finding.
				const collection = collectionOf(swagger, occurrence, target);
				base = collection.status === 'array' ? { raw: collection.items, path: [...collection.itemsPath] } : undefined;
			} else {
				const response = successSchema(swagger, target);
				base = response ? { raw: response.raw, path: [...response.path] } : undefined;
			}
			if (!base) {
				continue;
			}
			for (const key of keys) {
				const pathString = occurrence.value[key];
				if (typeof pathString !== 'string' || pathSegments(pathString).length === 0) {
					continue;
				}
				if (navigate(swagger, base.raw, base.path, pathSegments(pathString)).status !== 'missing') {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...occurrence.path, key],
					message: `The dynamic operation expects a property on the specified path '${pathString}' which should be defined in the successful response of the invoked operation '${target.operationId}'.`,
					data: { operationId: target.operationId, path: pathString, key },
				});
			}
		}
	},
});
