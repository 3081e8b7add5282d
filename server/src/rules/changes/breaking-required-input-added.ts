import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { type Field, fieldSubject, keptOperations, movedParameter, placeOf, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * A flow built on the previous version does not set an input that did not exist or was optional: a new required
 * parameter, a new required field of a body it sends, or an input made required, makes those flows fail. One with a
 * default value is filled in without the flow. Microsoft's messages.
 */
/** The input keys above a body field: `parameter/body`, then each enclosing field (`parameter/body/schema/a`). */
function inputAncestors(key: string): string[] {
	const at = key.indexOf('/schema/');
	if (at < 0) {
		return [];
	}
	const ancestors = [key.slice(0, at)];
	const names = key.slice(at + '/schema/'.length).split('/');
	for (let i = 1; i < names.length; i++) {
		ancestors.push(`${key.slice(0, at)}/schema/${names.slice(0, i).join('/')}`);
	}
	return ancestors;
}

export default defineRule({
	id: 'breaking-required-input-added',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: 'An update must not add a required input, or make an optional input required, unless it has a default.',
	files: ['swagger'],
	comparesVersions: true,
	fixable: true,
	check(context) {
		const versions = swaggerVersions(context);
		if (!versions) {
			return;
		}
		const { before, after } = versions;
		for (const pair of keptOperations(before, after)) {
			for (const [key, now] of pair.after.inputs) {
				if (now.hasDefault) {
					continue;
				}
				const old: Field | undefined = pair.before.inputs.get(key);
				const bodyField = key.includes('/schema/');
				// A parameter is required of every call; a body field whenever its object is sent, which flows that send it do.
				const requiredNow = bodyField ? now.requiredInParent : now.required;
				const requiredBefore = old !== undefined && (bodyField ? old.requiredInParent : old.required);
				if (!requiredNow || requiredBefore || (!old && movedParameter(pair.after.inputs, pair.before.inputs, now))) {
					continue; // Not newly required, or a parameter that moved: breaking-parameter-location-changed's.
				}
				// Inside something new or newly required, only that is reported: its required fields come with it.
				const reportedAbove = inputAncestors(key).some((ancestor) => {
					const was = pair.before.inputs.get(ancestor);
					const is = pair.after.inputs.get(ancestor);
					const isParameter = !ancestor.includes('/schema/');
					return !was || (isParameter ? !was.required && is?.required === true : !was.requiredInParent && is?.requiredInParent === true);
				});
				if (reportedAbove) {
					continue;
				}
				const message = old
					? 'The input field has been changed from optional to required.'
					: bodyField
						? 'The required input field has been added. Existing flows will not send this new field.'
						: 'The required parameter has been added.';
				context.report(withPrevious(versions, pair, {
					file: 'swagger',
					...placeOf(now),
					message: withSubject(message, fieldSubject(now, pair.after.operationId)),
					data: { valuePath: valuePath(pair.after.operationId, now), operationId: pair.after.operationId, added: !old },
				}));
			}
		}
	},
	fix: newVersionFix,
});
