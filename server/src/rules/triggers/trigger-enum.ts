import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { closestAllowedValue } from '../shared/fixStructure';

const ALLOWED = ['batch', 'single'];

/**
 * `x-ms-trigger` is `batch` (the trigger returns an array of items) or `single` (one item): MSS enum, EXT. The generic
 * `json-value-not-in-enum` validates against the plain Swagger 2.0 schema, which ignores `x-` keys, so this is the only
 * rule that reports a bad value here.
 */
export default defineRule({
	id: 'trigger-enum',
	msCode: 'JsonValueNotInEnum',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS', 'EXT'], basis: 'validator-rejects' },
	description: "An operation's x-ms-trigger must be batch or single.",
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const value = operation.value['x-ms-trigger'];
			if (value === undefined || (typeof value === 'string' && ALLOWED.includes(value))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-trigger'],
				target: 'value',
				message: `The property value must be one of the following: ${ALLOWED.join(', ')}.`,
				data: { allowedValues: ALLOWED, value, operationId: operation.operationId },
			});
		}
	},
	fix({ finding, doc }) {
		const replacement = closestAllowedValue(finding.data?.value, ALLOWED);
		return replacement === undefined ? undefined : { title: `Replace by '${replacement}'`, edits: setValue(doc, finding.path, replacement) };
	},
});
