import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/** The operationId in PascalCase: split on separators and case changes, each word capitalized. */
export function pascalCase(operationId: string, allowRevision: boolean): string {
	const revision = allowRevision ? /_V\d+$/i.exec(operationId)?.[0] : undefined;
	const base = revision ? operationId.slice(0, -revision.length) : operationId;
	const pascal = base
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((part) => part[0].toUpperCase() + part.slice(1))
		.join('');
	return pascal + (revision ? revision.toUpperCase() : '');
}

/** COD: "Use pascal casing for operationId … Don't add hyphens (-) or underscores (_)"; DEP names revisions `_V2`. */
export default defineRule({
	id: 'operation-id-pascal-case',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['COD', 'STR', 'DEP'], basis: 'guidance' },
	description: 'Operation ids should be in PascalCase, without hyphens or underscores.',
	fixable: false,
	files: ['swagger'],
	options: {
		allowRevisionSuffix: { type: 'boolean', default: true, description: 'Accept a revision suffix such as `_V2` at the end of an operationId (DEP).' },
	},
	check(context) {
		const allowRevision = context.option<boolean>('allowRevisionSuffix') !== false;
		const pattern = allowRevision ? /^[A-Z][A-Za-z0-9]*(_V\d+)?$/ : /^[A-Z][A-Za-z0-9]*$/;
		for (const operation of context.swagger!.operations()) {
			const operationId = operation.operationId;
			if (operationId === undefined || operationId === '' || pattern.test(operationId)) {
				continue;
			}
			const suggestion = pascalCase(operationId, allowRevision);
			context.report({
				file: 'swagger',
				path: [...operation.path, 'operationId'],
				message: `The operationId '${operationId}' should be in PascalCase without hyphens or underscores${suggestion && suggestion !== operationId ? ` (for example '${suggestion}')` : ''}.`,
				data: { operationId, suggestion },
			});
		}
	},
});
