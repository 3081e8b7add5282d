import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import type { ApiPropertiesModel } from '../../core/apiProperties';
import { withSubject } from '../shared/subject';
import { nearestExisting, securityByName } from './_compare';

interface ConnectionFact {
	readonly key: string;
	readonly path: readonly (string | number)[];
	readonly type?: string;
	readonly identityProvider?: string;
	readonly required: boolean;
}

/** Connection parameters by `set/name` (`/name` outside sets), with what a connection made before depends on. */
function connectionFacts(model: ApiPropertiesModel): Map<string, ConnectionFact> {
	const facts = new Map<string, ConnectionFact>();
	for (const parameter of model.connectionParameters()) {
		const constraints = isObject(parameter.value?.uiDefinition) && isObject(parameter.value.uiDefinition.constraints) ? parameter.value.uiDefinition.constraints : {};
		const settings = isObject(parameter.value?.oAuthSettings) ? parameter.value.oAuthSettings : {};
		const key = `${parameter.setName ?? ''}/${parameter.name}`;
		facts.set(key, {
			key,
			path: parameter.path,
			type: parameter.type,
			identityProvider: typeof settings.identityProvider === 'string' ? settings.identityProvider : undefined,
			required: constraints.required === 'true' || constraints.required === true,
		});
	}
	return facts;
}

/** `connection parameter 'token'`, or `… of set 'oauth'` inside a connection parameter set. */
function parameterSubject(key: string): string {
	const [set, name] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
	return `connection parameter '${name}'${set ? ` of set '${set}'` : ''}`;
}

/** `connectionParameters/token`, or `connectionParameterSets/oauth/token` inside a set. */
function connectionValuePath(key: string): string {
	return key.startsWith('/') ? `connectionParameters${key}` : `connectionParameterSets/${key}`;
}

/**
 * Connections users made with the previous version hold values for its connection parameters and sign in the way it
 * said: a parameter removed or of another type, a new required one, another identity provider or OAuth flow, and
 * existing connections stop working (every user must create a new one). Our own rule, from how connections are
 * stored; another type of authentication is breaking-auth-type-changed's, an error.
 */
export default defineRule({
	id: 'breaking-connection-changed',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CP', 'UPD'], basis: 'heuristic' },
	description: 'Connection parameters and the OAuth flow must stay compatible with connections made with the previous version.',
	fixable: false,
	files: ['apiProperties', 'swagger'],
	comparesVersions: true,
	check(context) {
		const beforeProperties = context.previous?.apiProperties;
		const afterProperties = context.apiProperties;
		if (beforeProperties && afterProperties) {
			const before = connectionFacts(beforeProperties);
			const after = connectionFacts(afterProperties);
			for (const [key, old] of before) {
				const now = after.get(key);
				const subject = parameterSubject(key);
				const data = { valuePath: connectionValuePath(key) };
				if (!now) {
					// Cut before a set's index: the set now at that index may be another one.
					const index = old.path.findIndex((segment) => typeof segment === 'number');
					context.report({ file: 'apiProperties', path: nearestExisting(afterProperties.root, index < 0 ? old.path : old.path.slice(0, index)), target: 'key', message: withSubject('The connection parameter has been deleted: existing connections stop working.', subject), data });
				} else if (old.type !== now.type) {
					context.report({ file: 'apiProperties', path: [...now.path, 'type'], message: withSubject(`The type has been changed for the connection parameter, from '${old.type ?? 'none'}' to '${now.type ?? 'none'}': existing connections stop working.`, subject), data });
				} else if (old.identityProvider !== now.identityProvider) {
					context.report({
						file: 'apiProperties',
						path: nearestExisting(afterProperties.root, [...now.path, 'oAuthSettings', 'identityProvider']),
						message: withSubject(`The identity provider has been changed, from '${old.identityProvider ?? 'none'}' to '${now.identityProvider ?? 'none'}': existing connections stop working.`, subject),
						data,
					});
				}
			}
			for (const [key, now] of after) {
				if (!before.has(key) && now.required) {
					context.report({ file: 'apiProperties', path: now.path, target: 'key', message: withSubject('A required connection parameter has been added: existing connections do not have it.', parameterSubject(key)), data: { valuePath: connectionValuePath(key) } });
				}
			}
		}
		const beforeSwagger = context.previous?.swagger;
		const afterSwagger = context.swagger;
		if (beforeSwagger && afterSwagger) {
			// Another type of authentication, or none, is breaking-auth-type-changed's; another OAuth flow is ours.
			const after = securityByName(afterSwagger);
			const before = securityByName(beforeSwagger);
			for (const [name, old] of before) {
				const now = after.get(name) ?? (after.size === 1 && before.size === 1 ? [...after.values()][0] : undefined);
				if (now && now.type === old.type && now.flow !== old.flow) {
					context.report({
						file: 'swagger',
						path: [...now.path, ...(now.flow !== undefined ? ['flow'] : [])],
						target: now.flow !== undefined ? 'value' : 'key',
						message: withSubject(`The OAuth flow has been changed, from '${old.flow ?? 'none'}' to '${now.flow ?? 'none'}': existing connections stop working.`, `security definition '${name}'`),
						data: { valuePath: `securityDefinitions/${name}/flow` },
					});
				}
			}
		}
	},
});
