import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import { FROM_CERTIFICATION, defineRule, type RuleContext } from '../../engine/types';

const STATUSES = ['Production', 'Preview'];
/** MSS's operation-level keys, plus `expires`, which the versioning page documents. */
const OPERATION_KEYS = ['status', 'family', 'revision', 'replacement', 'expires'];
const CONNECTOR_KEYS = ['status'];
const REPLACEMENT_KEYS = ['api', 'operationId'];

function report(context: RuleContext, path: JsonPath, message: string, target: 'key' | 'value' = 'value', data: Record<string, unknown> = {}): void {
	context.report({ file: 'swagger', path, target, message, data });
}

function checkKeys(context: RuleContext, value: Record<string, unknown>, path: JsonPath, allowed: readonly string[], where: string): void {
	for (const key of Object.keys(value)) {
		if (!allowed.includes(key)) {
			report(context, [...path, key], `The property '${key}' is not allowed in ${where}.`, 'key', { key });
		}
	}
}

function checkStatus(context: RuleContext, value: Record<string, unknown>, path: JsonPath): void {
	if (value.status !== undefined && !(typeof value.status === 'string' && STATUSES.includes(value.status))) {
		report(context, [...path, 'status'], "The 'status' value must be 'Production' or 'Preview'.", 'value', { value: value.status });
	}
}

function checkAnnotation(context: RuleContext, raw: unknown, path: JsonPath, level: 'operation' | 'connector'): void {
	if (raw === undefined) {
		return;
	}
	if (!isObject(raw)) {
		report(context, path, "The 'x-ms-api-annotation' extension must be an object.");
		return;
	}
	checkKeys(context, raw, path, level === 'operation' ? OPERATION_KEYS : CONNECTOR_KEYS, "the 'x-ms-api-annotation' extension");
	checkStatus(context, raw, path);
	if (level === 'connector') {
		return;
	}
	if (raw.family !== undefined && !(typeof raw.family === 'string' && raw.family.trim() !== '')) {
		report(context, [...path, 'family'], "The 'family' value must be a non-empty string.");
	}
	const revision = raw.revision;
	if (revision !== undefined && !(typeof revision === 'number' && Number.isInteger(revision) && revision >= 1)) {
		report(context, [...path, 'revision'], "The 'revision' value must be an integer greater than or equal to 1.", 'value', { value: revision });
	}
	if (raw.expires !== undefined && typeof raw.expires !== 'string') {
		report(context, [...path, 'expires'], "The 'expires' value must be an ISO 8601 date string.");
	}
	const replacement = raw.replacement;
	if (replacement === undefined) {
		return;
	}
	const replacementPath = [...path, 'replacement'];
	if (!isObject(replacement)) {
		report(context, replacementPath, "The 'replacement' value must be an object with 'api' and 'operationId' strings.");
		return;
	}
	checkKeys(context, replacement, replacementPath, REPLACEMENT_KEYS, "the 'replacement' object");
	for (const key of REPLACEMENT_KEYS) {
		// A missing key is reported by the two api-annotation-extension-replacement-info-missing-* rules.
		if (replacement[key] !== undefined && typeof replacement[key] !== 'string') {
			report(context, [...replacementPath, key], `The '${key}' value must be a string.`);
		}
	}
}

/**
 * `x-ms-api-annotation` as the validator's schema (MSS) defines it: on an operation, `status` Production/Preview,
 * `family` string, `revision` integer >= 1, `replacement` {api, operationId}; on `info` (or the root), `status` only.
 */
export default defineRule({
	id: 'api-annotation-shape',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS', 'VER'], basis: 'certification-must' },
	description: 'The x-ms-api-annotation extension must have the properties and value types Microsoft defines.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const root = swagger.root;
		if (isObject(root.info)) {
			checkAnnotation(context, root.info['x-ms-api-annotation'], ['info', 'x-ms-api-annotation'], 'connector');
		}
		checkAnnotation(context, root['x-ms-api-annotation'], ['x-ms-api-annotation'], 'connector');
		for (const operation of swagger.operations()) {
			checkAnnotation(context, operation.value['x-ms-api-annotation'], [...operation.path, 'x-ms-api-annotation'], 'operation');
		}
	},
});
