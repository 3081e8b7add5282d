import { valueAtPath } from '../../core/refs';
import { isInternal } from '../../core/strings';
import { firstPresent } from '../../core/wording';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { mcpCompanions } from '../../core/mcp';
import { operationLabel } from '../shared/operationLabel';

/**
 * The optional `GET` beside an MCP endpoint is Streamable HTTP's event stream, not an action: left visible, it shows in
 * the designer as an action that returns nothing useful. The public MCP connectors mark it internal.
 */
export default defineRule({
	id: 'mcp-companion-internal',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MCP'], basis: 'heuristic' },
	description: 'The GET beside an MCP endpoint should be internal.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of mcpCompanions(context.swagger!)) {
			if (isInternal(operation.value)) {
				continue;
			}
			const current = operation.value['x-ms-visibility'];
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-visibility'],
				target: current === undefined ? 'missing' : 'value',
				message: `The GET operation '${operationLabel(operation)}' beside the MCP endpoint should have "x-ms-visibility": "internal": it is the MCP event stream, not an action.`,
				data: { operationId: operation.operationId },
			});
		}
	},
	// "internal" is the only value the rule accepts: determined by the file.
	fix: ({ finding, doc }) => ({
		title: 'Set "x-ms-visibility": "internal"',
		edits: setValue(doc, finding.path, 'internal', { after: firstPresent(valueAtPath(doc.value, finding.path.slice(0, -1)), ['description', 'summary', 'operationId']) }),
	}),
});
