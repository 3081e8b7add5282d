import { valueAtPath } from '../../core/refs';
import type { SwaggerModel } from '../../core/swagger';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { DYNAMIC_KINDS, operationIdReferences } from '../../core/dynamic';
import { firstPresent } from '../../core/wording';
import { testConnection } from '../shared/triggers';
import { subjectOf, withSubject } from '../shared/subject';
import { isMcpTransportOperation } from '../../core/mcp';

/** Sources whose operations only serve other features (dropdowns, dynamic schemas, the file picker). */
const HELPER_SOURCES: ReadonlySet<string> = new Set([...DYNAMIC_KINDS, 'file-picker']);

/**
 * The visibility the quick fix proposes: `internal` for an operation that only feeds a dynamic extension, the file
 * picker or `testConnection` (users never pick it as an action), else `important`, the designer's default.
 */
function proposedVisibility(swagger: SwaggerModel | undefined, operationId: unknown): 'important' | 'internal' {
	if (swagger && typeof operationId === 'string') {
		if (testConnection(swagger)?.operationId === operationId) {
			return 'internal';
		}
		if (operationIdReferences(swagger).some((reference) => reference.operationId === operationId && HELPER_SOURCES.has(reference.source))) {
			return 'internal';
		}
	}
	return 'important';
}

/**
 * Certification checklist: every operation carries visibility information, so the author has decided where the action
 * shows in the designer rather than leaving it to the default.
 */
export default defineRule({
	id: 'op-visibility-set',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'guidance' },
	description: 'Every operation should set x-ms-visibility.',
	fixable: true,
	defersTo: ['dynamic-target-internal'],
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			// An MCP endpoint is offered to agents, not placed in a designer; its companion GET is mcp-companion-internal's.
			if (operation.value['x-ms-visibility'] === undefined && !isMcpTransportOperation(swagger, operation)) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'x-ms-visibility'],
					target: 'missing',
					message: withSubject('The operation does not set "x-ms-visibility": choose important, advanced or internal.', subjectOf(context.swagger, operation.path)),
					data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
	fix({ finding, doc, swagger }) {
		const visibility = proposedVisibility(swagger, finding.data?.operationId);
		const operation = valueAtPath(doc.value, finding.path.slice(0, -1));
		return {
			title: `Set "x-ms-visibility": "${visibility}"`,
			edits: setValue(doc, finding.path, visibility, { after: firstPresent(operation, ['description', 'summary', 'operationId']) }),
			placeholder: visibility,
			requiresAuthor: true,
		};
	},
});
