import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import type { ApiPropertiesModel } from '../../core/apiProperties';
import type { SwaggerModel } from '../../core/swagger';
import { withSubject } from '../shared/subject';
import { nearestExisting } from './_compare';

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

/** Security definitions by name, with their type (and flow, for OAuth). */
function securityFacts(model: SwaggerModel): Map<string, { path: readonly (string | number)[]; kind: string }> {
	return new Map(
		model.securityDefinitions().map((definition) => [
			definition.name,
			{ path: definition.path, kind: [definition.value?.type, definition.value?.flow].filter((part) => typeof part === 'string').join(' ') },
		]),
	);
}

/**
 * Connections users made with the previous version hold values for its connection parameters and its authentication:
 * a parameter removed or of another type, a new required one, or another kind of sign-in, and existing connections
 * stop working (every user must create a new one). Our own rule, from how connections are stored.
 */
export default defineRule({
	id: 'breaking-connection-changed',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CP', 'UPD'], basis: 'heuristic' },
	description: 'Connection parameters and authentication must stay compatible with connections made with the previous version.',
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
			const before = securityFacts(beforeSwagger);
			const after = securityFacts(afterSwagger);
			for (const [name, old] of before) {
				const now = after.get(name);
				// One definition renamed is the same sign-in under another name: compare it with its successor.
				const successor = now ?? (after.size === 1 && before.size === 1 ? [...after.values()][0] : undefined);
				if (successor?.kind === old.kind) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: successor ? successor.path : nearestExisting(afterSwagger.root, old.path),
					target: 'key',
					message: withSubject(successor ? `The authentication has been changed, from '${old.kind}' to '${successor.kind}': existing connections stop working.` : 'The authentication has been removed: existing connections stop working.', `security definition '${name}'`),
					data: { valuePath: `securityDefinitions/${name}` },
				});
			}
		}
	},
});
