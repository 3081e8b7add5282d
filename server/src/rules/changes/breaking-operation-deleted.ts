import { isObject } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { deprecatedOperation, previousOperation } from './_newVersion';
import { nearestExisting, operationPairs, swaggerVersions, valuePath } from './_compare';

/**
 * An operation of the previous version is gone: every flow that uses it fails. A renamed operationId is the same to a
 * flow (it stores the id), so it is a deletion too. Deprecating keeps the operation and is the sanctioned way out.
 */
export default defineRule({
	id: 'breaking-operation-deleted',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD', 'DEP'], basis: 'change-validator-rejects' },
	description: 'An operation of the previous version must not be deleted or have its operationId renamed.',
	fixable: true,
	files: ['swagger'],
	comparesVersions: true,
	check(context) {
		const versions = swaggerVersions(context);
		if (!versions) {
			return;
		}
		const { before, after } = versions;
		for (const pair of operationPairs(before, after)) {
			if (pair.after) {
				continue;
			}
			const { operationId, info } = pair.before;
			context.report({
				file: 'swagger',
				path: nearestExisting(after.root, info.path),
				target: 'key',
				message: withSubject('The operation has been deleted. This change breaks existing flows.', `operation ${operationId}, ${info.method.toUpperCase()} ${info.pathKey}`),
				// What the deprecate fix puts back: the operation as it was, where it was.
				data: { valuePath: valuePath(operationId), operationId, pathKey: info.pathKey, method: info.method, operation: previousOperation(before, after, pair.before)?.operation },
			});
		}
	},
	/**
	 * Microsoft's way out: keep the operation, deprecated (`deprecated: true`, "(deprecated)" in its summary and
	 * description, `x-ms-visibility: internal`), so existing flows keep running while new ones cannot pick it. Never applied by
	 * fix-all: it undoes a deletion the author made on purpose, so it is offered one finding at a time.
	 */
	fix({ doc, finding, swagger }) {
		const { pathKey, method, operation } = finding.data ?? {};
		if (typeof pathKey !== 'string' || typeof method !== 'string' || !isObject(operation)) {
			return undefined;
		}
		const item = swagger?.root.paths;
		if (isObject(item) && isObject(item[pathKey]) && (item[pathKey] as Record<string, unknown>)[method] !== undefined) {
			return undefined; // Another operation took its place.
		}
		return { requiresAuthor: true, title: `Keep ${String(finding.data?.operationId)} as a deprecated operation`, edits: setValue(doc, ['paths', pathKey, method], deprecatedOperation(operation)) };
	},
});
