/**
 * Typed, read-only view over `apiProperties.json` (rules.md §8): connection parameters (single-auth and the
 * multi-auth `connectionParameterSets`), their OAuth settings, policy template instances and the simple properties.
 */
import type { JsonPath } from './json';
import { isObject } from './refs';
import { JsonObjectModel, type JsonObject } from './swagger';

export interface ConnectionParameterInfo {
	readonly name: string;
	readonly path: JsonPath;
	readonly value: JsonObject | undefined;
	readonly type?: string;
	/** For a parameter inside a multi-auth set, the set's `name`. */
	readonly setName?: string;
}

export interface OAuthSettingsInfo {
	/** Path of the `oAuthSettings` object. */
	readonly path: JsonPath;
	readonly value: JsonObject;
	readonly identityProvider?: string;
	/** The connection parameter that holds it. */
	readonly parameter: ConnectionParameterInfo;
}

export interface PolicyInstanceInfo {
	readonly index: number;
	readonly path: JsonPath;
	readonly value: JsonObject | undefined;
	readonly templateId?: string;
}

export class ApiPropertiesModel extends JsonObjectModel {
	/** The `properties` object, or empty when absent or not an object. */
	get properties(): JsonObject {
		return isObject(this.root.properties) ? this.root.properties : {};
	}

	get iconBrandColor(): string | undefined {
		return typeof this.properties.iconBrandColor === 'string' ? this.properties.iconBrandColor : undefined;
	}

	/** Every connection parameter: `properties.connectionParameters` and each set of `properties.connectionParameterSets`. */
	connectionParameters(): ConnectionParameterInfo[] {
		const result: ConnectionParameterInfo[] = [];
		const collect = (container: unknown, path: JsonPath, setName?: string) => {
			if (!isObject(container)) {
				return;
			}
			for (const [name, value] of Object.entries(container)) {
				const object = isObject(value) ? value : undefined;
				result.push({ name, path: [...path, name], value: object, type: typeof object?.type === 'string' ? object.type : undefined, setName });
			}
		};
		collect(this.properties.connectionParameters, ['properties', 'connectionParameters']);
		const sets = this.properties.connectionParameterSets;
		if (isObject(sets) && Array.isArray(sets.values)) {
			sets.values.forEach((set, index) => {
				if (isObject(set)) {
					collect(set.parameters, ['properties', 'connectionParameterSets', 'values', index, 'parameters'], typeof set.name === 'string' ? set.name : String(index));
				}
			});
		}
		return result;
	}

	oauthSettings(): OAuthSettingsInfo[] {
		const result: OAuthSettingsInfo[] = [];
		for (const parameter of this.connectionParameters()) {
			const settings = parameter.value?.oAuthSettings;
			if (isObject(settings)) {
				result.push({
					path: [...parameter.path, 'oAuthSettings'],
					value: settings,
					identityProvider: typeof settings.identityProvider === 'string' ? settings.identityProvider : undefined,
					parameter,
				});
			}
		}
		return result;
	}

	policyTemplateInstances(): PolicyInstanceInfo[] {
		const instances = this.properties.policyTemplateInstances;
		if (!Array.isArray(instances)) {
			return [];
		}
		return instances.map((raw, index) => {
			const value = isObject(raw) ? raw : undefined;
			return { index, path: ['properties', 'policyTemplateInstances', index], value, templateId: typeof value?.templateId === 'string' ? value.templateId : undefined };
		});
	}
}
