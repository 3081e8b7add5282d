/**
 * The policy template catalogue shared by the `policy-*` rules (rules.md §6, §8, §13): which `templateId`s exist, the
 * `x-ms-apimTemplateParameter.*` keys each one takes, which are required, and which take a fixed set of values.
 *
 * Source: Microsoft's APS `schemas/paconn-apiProperties.schema.json` (microsoft/PowerPlatformConnectors@8bff86e), one
 * `PolicyTemplateInstance-<id>` definition per template. Three more ids appear in certified connectors of the same
 * repository but not in APS (`setconnectionstatustounauthenticated`, `moveproperties`, `dynamicsubdomain`): they are
 * known, with their parameters left open. The one addition to APS: Learn's Set HTTP Header page marks
 * `x-ms-apimTemplate-policySection` as required for `setheader`.
 */
import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import type { PolicyInstanceInfo } from '../../core/apiProperties';
import type { JsonObject } from '../../core/swagger';

export const OPERATION_NAME = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION = 'x-ms-apimTemplate-policySection';
export const PARAMETER_PREFIX = 'x-ms-apimTemplateParameter.';

export interface PolicyParameterSpec {
	/** The JSON type APS gives the value. */
	readonly type: 'string' | 'object';
	readonly required?: boolean;
	/** The values APS allows (compared exactly, as APS's `enum` does). */
	readonly enum?: readonly string[];
}

export interface PolicyTemplateSpec {
	/** The id as APS spells it first (lower case). */
	readonly id: string;
	/** The spellings APS lists; any casing is accepted (see `policy-template-known`). */
	readonly spellings: readonly string[];
	/** `APS` for templates with a schema, `REPO` for ids only seen in certified connectors. */
	readonly source: 'APS' | 'REPO';
	/** Keys after `x-ms-apimTemplateParameter.`; undefined = not published (any parameter accepted). */
	readonly parameters?: Readonly<Record<string, PolicyParameterSpec>>;
	/** The values `x-ms-apimTemplate-policySection` may take. */
	readonly policySections: readonly string[];
	/** Whether `x-ms-apimTemplate-policySection` must be present. */
	readonly policySectionRequired?: boolean;
}

const REQUEST_RESPONSE = ['Request', 'Response'] as const;
const REQUEST_RESPONSE_FAILURE = ['Request', 'Response', 'Failure'] as const;
const EXISTS_ACTIONS = ['override', 'skip', 'append'] as const;

const req = (type: 'string' | 'object' = 'string'): PolicyParameterSpec => ({ type, required: true });
const opt = (values?: readonly string[]): PolicyParameterSpec => ({ type: 'string', enum: values });

export const POLICY_TEMPLATES: readonly PolicyTemplateSpec[] = [
	{
		id: 'convertarraytoobject',
		spellings: ['convertarraytoobject', 'ConvertArrayToObject'],
		source: 'APS',
		parameters: { propertyParentPath: req(), propertySubPath: opt(), keyWithinCollectionPath: req(), newPropertyPath: req(), retainKey: opt(['true', 'false']) },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'convertobjecttoarray',
		spellings: ['convertobjecttoarray', 'ConvertObjectToArray'],
		source: 'APS',
		parameters: { propertyParentPath: req(), propertySubPath: opt(), newPropertyPath: req(), keyName: opt(), valueName: opt() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'dynamichosturl',
		spellings: ['dynamichosturl', 'DynamicHostUrl', 'dynamicHostUrl'],
		source: 'APS',
		parameters: { urlTemplate: req() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'encodepropertyvalue',
		spellings: ['encodepropertyvalue', 'EncodePropertyValue'],
		source: 'APS',
		parameters: { propertyParentPath: req(), propertySubPath: opt(), newPropertyPath: req() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'pollingtrigger',
		spellings: ['pollingtrigger', 'PollingTrigger'],
		source: 'APS',
		parameters: { triggerConfig: req('object'), triggerDataPath: req() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'routerequesttoendpoint',
		spellings: ['routerequesttoendpoint', 'RouteRequestToEndpoint'],
		source: 'APS',
		parameters: { newPath: req(), httpMethod: opt(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod']) },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'setheader',
		spellings: ['setheader', 'SetHeader', 'setHeader'],
		source: 'APS',
		parameters: { name: req(), value: req(), existsAction: opt(EXISTS_ACTIONS) },
		policySections: REQUEST_RESPONSE_FAILURE,
		policySectionRequired: true,
	},
	{
		id: 'setproperty',
		spellings: ['setproperty', 'SetProperty'],
		source: 'APS',
		parameters: { newPropertyParentPathTemplate: req(), newPropertySubPathTemplate: req(), propertyValuePathTemplate: req() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'setqueryparameter',
		spellings: ['setqueryparameter', 'SetQueryParameter', 'setQueryParameter'],
		source: 'APS',
		parameters: { name: req(), value: req(), existsAction: opt(EXISTS_ACTIONS) },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'setvaluefromurl',
		spellings: ['setvaluefromurl', 'SetValueFromUrl'],
		source: 'APS',
		parameters: { parameterTemplate: req(), parameterValueUrl: req(), parameterValuePathTemplate: req(), httpMethod: opt(['GET', 'POST', 'PUT']) },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'stringreplace',
		spellings: ['stringreplace', 'StringReplace'],
		source: 'APS',
		parameters: { propertyParentPath: req(), propertySubPath: opt(), sourceString: req(), replacementString: req(), newPropertyPath: req() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'stringtoarray',
		spellings: ['stringtoarray', 'StringToArray'],
		source: 'APS',
		parameters: { propertyParentPath: req(), propertySubPath: opt(), delimiterList: req(), childPropertyName: req(), newPropertyPath: req() },
		policySections: REQUEST_RESPONSE,
	},
	{
		id: 'updatenextlink',
		spellings: ['updatenextlink'],
		source: 'APS',
		parameters: { nextLinkPropertyName: req(), nextLinkParentPropertyPath: opt() },
		policySections: REQUEST_RESPONSE,
	},
	{ id: 'setconnectionstatustounauthenticated', spellings: ['setconnectionstatustounauthenticated'], source: 'REPO', policySections: REQUEST_RESPONSE },
	{ id: 'moveproperties', spellings: ['moveproperties'], source: 'REPO', policySections: REQUEST_RESPONSE },
	{ id: 'dynamicsubdomain', spellings: ['dynamicsubdomain'], source: 'REPO', policySections: REQUEST_RESPONSE },
];

const BY_LOWER_ID = new Map(POLICY_TEMPLATES.map((template) => [template.id, template]));

/** The template for an id, in any casing. */
export function policyTemplate(templateId: string | undefined): PolicyTemplateSpec | undefined {
	return templateId === undefined ? undefined : BY_LOWER_ID.get(templateId.trim().toLowerCase());
}

/** A known instance: its template and its `parameters` object (undefined when absent or not an object). */
export interface KnownPolicyInstance {
	readonly instance: PolicyInstanceInfo;
	readonly template: PolicyTemplateSpec;
	readonly parameters: JsonObject | undefined;
	readonly parametersPath: JsonPath;
}

/** The instances whose templateId is known, with their parameters. */
export function knownPolicyInstances(instances: readonly PolicyInstanceInfo[]): KnownPolicyInstance[] {
	const result: KnownPolicyInstance[] = [];
	for (const instance of instances) {
		const template = policyTemplate(instance.templateId);
		if (template && instance.value) {
			const parameters = instance.value.parameters;
			result.push({ instance, template, parameters: isObject(parameters) ? parameters : undefined, parametersPath: [...instance.path, 'parameters'] });
		}
	}
	return result;
}

/** The `parameters` object of any instance, known template or not. */
export function parametersOf(instance: PolicyInstanceInfo): JsonObject | undefined {
	const parameters = instance.value?.parameters;
	return isObject(parameters) ? parameters : undefined;
}

/** Every string under `value`, with its path (objects and arrays are walked; depth is small in practice). */
export function stringsIn(value: unknown, path: JsonPath, visit: (text: string, path: JsonPath) => void, depth = 0): void {
	if (typeof value === 'string') {
		visit(value, path);
	} else if (depth < 32 && Array.isArray(value)) {
		value.forEach((item, index) => stringsIn(item, [...path, index], visit, depth + 1));
	} else if (depth < 32 && isObject(value)) {
		for (const [key, item] of Object.entries(value)) {
			stringsIn(item, [...path, key], visit, depth + 1);
		}
	}
}

/** Quoted, comma-separated list for messages: `'a', 'b'`. */
export function quotedList(values: readonly string[]): string {
	return values.map((value) => `'${value}'`).join(', ');
}
