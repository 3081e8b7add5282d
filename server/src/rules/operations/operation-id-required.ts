import type { OperationInfo, SwaggerModel } from '../../core/swagger';
import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { wordsOf } from '../../core/wording';

const VERBS: Readonly<Record<string, string>> = { get: 'Get', post: 'Create', put: 'Update', patch: 'Update', delete: 'Delete', head: 'Check', options: 'Describe' };

function pascal(words: readonly string[]): string {
	return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** `get /customer-accounts/{id}/orders` → `GetCustomerAccountsOrdersById`. */
function operationIdFor(operation: OperationInfo): string {
	const segments = operation.pathKey.split('/').filter(Boolean);
	const literal = segments.filter((segment) => !segment.includes('{')).flatMap(wordsOf);
	const parameters = segments.flatMap((segment) => [...segment.matchAll(/\{([^}]*)\}/g)].map((match) => pascal(wordsOf(match[1])))).filter(Boolean);
	const by = parameters.length > 0 ? `By${parameters.join('And')}` : '';
	return `${VERBS[operation.method] ?? pascal([operation.method])}${pascal(literal.length > 0 ? literal : ['Root'])}${by}`;
}

/**
 * A new operationId for every operation without one, unique in the file: computed for all of them at once, in file
 * order, so fixes applied together (fix-all) never pick the same id twice.
 */
function generatedOperationIds(swagger: SwaggerModel): Map<string, string> {
	const taken = new Set(swagger.operations().flatMap((operation) => (typeof operation.value.operationId === 'string' && operation.value.operationId.trim() !== '' ? [operation.value.operationId.trim()] : [])));
	const generated = new Map<string, string>();
	for (const operation of swagger.operations()) {
		const current = operation.value.operationId;
		if (current !== undefined && !(typeof current === 'string' && current.trim() === '')) {
			continue;
		}
		const base = operationIdFor(operation);
		let candidate = base;
		for (let n = 2; taken.has(candidate); n++) {
			candidate = `${base}${n}`;
		}
		taken.add(candidate);
		generated.set(operation.path.join('\u0000'), candidate);
	}
	return generated;
}

/** Every operation needs an `operationId`: flows, apps and dynamic extensions refer to actions by it. */
export default defineRule({
	id: 'operation-id-required',
	msCode: 'OperationIdRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every operation must have an operationId.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const operationId = operation.value.operationId;
			// A non-string value is a type error (json-type-incorrect); only absent or blank values are reported here.
			if (operationId === undefined || (typeof operationId === 'string' && operationId.trim() === '')) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'operationId'],
					target: operationId === undefined ? 'missing' : 'value',
					message: "The operation 'operationId' property is required.",
					data: { method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
	fix({ finding, swagger, doc }) {
		if (!swagger) {
			return undefined;
		}
		const operationPath = finding.path.slice(0, -1);
		const operationId = generatedOperationIds(swagger).get(operationPath.join('\u0000'));
		if (operationId === undefined) {
			return undefined;
		}
		const operation = swagger.operations().find((candidate) => candidate.path.join('\u0000') === operationPath.join('\u0000'));
		// First in the operation, where readers and other tools look for it; a blank value is replaced in place.
		const first = operation ? Object.keys(operation.value)[0] : undefined;
		return { title: `Add the operationId "${operationId}"`, edits: setValue(doc, finding.path, operationId, { before: first }), placeholder: operationId };
	},
});
