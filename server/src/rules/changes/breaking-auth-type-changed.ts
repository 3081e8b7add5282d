import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { nearestExisting, securityByName } from './_compare';

/**
 * Microsoft does not allow an update to change the connector's type of authentication (UPD), and connections made with
 * the previous version could not sign in any more. A definition is matched by name; when the only one was renamed, the
 * new one is its successor. A definition added beside the others is not a change.
 */
export default defineRule({
	id: 'breaking-auth-type-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['UPD', 'CP'], basis: 'certification-must' },
	description: "An update must keep the connector's type of authentication.",
	fixable: false,
	files: ['swagger'],
	comparesVersions: true,
	check(context) {
		const beforeSwagger = context.previous?.swagger;
		const afterSwagger = context.swagger;
		if (!beforeSwagger || !afterSwagger) {
			return;
		}
		const before = securityByName(beforeSwagger);
		const after = securityByName(afterSwagger);
		const typesAfter = new Set([...after.values()].map((fact) => fact.type));
		for (const [name, old] of before) {
			const now = after.get(name) ?? (after.size === 1 && before.size === 1 ? [...after.values()][0] : undefined);
			const subject = `security definition '${name}'`;
			const data = { valuePath: `securityDefinitions/${name}` };
			if (now && now.type !== old.type) {
				context.report({
					file: 'swagger',
					path: [...now.path, 'type'],
					message: withSubject(`The authentication type has been changed, from '${old.type ?? 'none'}' to '${now.type ?? 'none'}': an update may not change it, and existing connections stop working.`, subject),
					data,
				});
			} else if (!now && !typesAfter.has(old.type)) {
				context.report({
					file: 'swagger',
					path: nearestExisting(afterSwagger.root, old.path),
					target: 'key',
					message: withSubject(`The '${old.type ?? 'none'}' authentication has been removed: an update may not change the authentication type, and existing connections stop working.`, subject),
					data,
				});
			}
		}
	},
});
