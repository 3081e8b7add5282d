import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { COLLECTION_KEY, collectionOf, dynamicOccurrences, targetOperation } from '../../core/dynamic';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * A dropdown call (`x-ms-dynamic-values`, `x-ms-dynamic-list`) reads its items from an array: the property at
 * `value-collection` / `itemsPath` in the invoked operation's successful response, or the response itself.
 */
export default defineRule({
	id: 'invoked-operation-should-produce-array',
	msCode: 'InvokedOperationShouldProduceArray',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the array should be in the response, and swaggers the validator accepted in 2023 and 2024 point at responses where it is not declared; the dropdown is filled at run time from what the API returns.",
	},
	description: "A dynamic values or list call's collection path must be an array in the invoked operation's response.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const occurrence of dynamicOccurrences(swagger)) {
			const key = COLLECTION_KEY[occurrence.kind];
			const target = key ? targetOperation(swagger, occurrence) : undefined;
			if (!key || !target) {
				continue;
			}
			const result = collectionOf(swagger, occurrence, target);
			if (result.status !== 'missing' && result.status !== 'not-array') {
				continue;
			}
			const written = (occurrence.value as Record<string, unknown>)[key] !== undefined;
			context.report({
				file: 'swagger',
				// The collection path when written; else the extension itself (its response root is not an array).
				path: written ? [...occurrence.path, key] : occurrence.path,
				target: written ? 'value' : 'key',
				message: withSubject(`The dynamic operation expects an array on the specified path '${result.pathString}' which should be defined in the successful response of the invoked operation '${target.operationId}'.`, subjectOf(swagger, occurrence.path)),
				data: { operationId: target.operationId, path: result.pathString, reason: result.status },
			});
		}
	},
});
