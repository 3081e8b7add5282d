import { STRICT_ONLY, defineRule } from '../../engine/types';
import { isTrigger } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/** EXT `x-ms-trigger-hint`: "A description of how to fire an event for a trigger operation." Shown while testing. */
export default defineRule({
	id: 'trigger-hint',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['EXT'], basis: 'guidance' },
	description: 'A trigger should have an x-ms-trigger-hint that tells users how to fire it.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			if (!isTrigger(operation)) {
				continue;
			}
			const hint = operation.value['x-ms-trigger-hint'];
			if (typeof hint === 'string' && hint.trim() !== '') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-trigger-hint'],
				target: hint === undefined ? 'missing' : 'value',
				message: `The trigger '${operationLabel(operation)}' has no 'x-ms-trigger-hint' telling users how to fire it.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
