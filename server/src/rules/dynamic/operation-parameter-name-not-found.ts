import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { callEntries, dynamicCalls, matchTargetKey, resolveSource, targetOperation } from '../../core/dynamic';

/**
 * The names in a dynamic call must exist: each key of `parameters` must be an input of the invoked operation, and each
 * `parameter` / `parameterReference` must be an input of the operation that makes the call.
 */
export default defineRule({
	id: 'operation-parameter-name-not-found',
	msCode: 'OperationParameterNameNotFound',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The parameters a dynamic call passes and references must exist in the invoked and calling operations.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const message = (operationId: string | undefined) => `The parameter could not be found in operation '${operationId ?? ''}' in the swagger document.`;
		for (const occurrence of dynamicCalls(swagger)) {
			const target = targetOperation(swagger, occurrence);
			for (const entry of callEntries(occurrence)) {
				// The key names an input of the invoked operation (I#254: `…/x-ms-dynamic-values/parameters/Accept`).
				if (target && matchTargetKey(swagger, target, entry.key) === undefined) {
					context.report({ file: 'swagger', path: entry.path, target: 'key', message: message(target.operationId), data: { operationId: target.operationId, name: entry.key, side: 'target' } });
				}
				if (entry.kind !== 'reference') {
					continue;
				}
				// The reference names an input of the calling operation; a shared schema is judged in each caller, reported once.
				for (const source of occurrence.operations) {
					const resolution = resolveSource(swagger, source, entry.reference, entry.style);
					if (!resolution.asParameter && !resolution.asProperty && !resolution.unknown) {
						context.report({ file: 'swagger', path: entry.referencePath, message: message(source.operationId), data: { operationId: source.operationId, name: entry.reference, side: 'source' } });
						break;
					}
				}
			}
		}
	},
});
