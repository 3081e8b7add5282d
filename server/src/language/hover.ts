/**
 * Hover in connector files: an `x-ms-*` key or an enumerated value explained from the catalog, an operationId
 * reference shown with its method, path and summary, a `$ref` with its target's summary, description and type.
 */
import { findNodeAtOffset, getNodePath } from 'jsonc-parser';
import type { JsonFileKind } from '../core/connector';
import type { JsonDocument, JsonNode } from '../core/json';
import { isObject, resolveRef } from '../core/refs';
import { operationLabel, swaggerModelOf, valueContextAt } from './completion';
import { describeExtension, extensionFact, POLICY_PARAMETER_KEYS } from './extensionCatalog';

export interface HoverResult {
	/** Markdown. */
	readonly contents: string;
	/** The hovered key or value, in document offsets. */
	readonly range: { readonly offset: number; readonly length: number };
}

export interface HoverRequest {
	readonly kind: JsonFileKind;
	readonly doc: JsonDocument;
	readonly offset: number;
	/** The connector's definition, for operationIds named in apiProperties.json (called only when needed). */
	readonly swagger?: () => Promise<JsonDocument | undefined>;
}

export async function hoverAt(request: HoverRequest): Promise<HoverResult | undefined> {
	const { doc, offset, kind } = request;
	if (!doc.root) {
		return undefined;
	}
	// Both edges of a token count as on it, as editors report the offset before the character under the mouse.
	const node = findNodeAtOffset(doc.root as Parameters<typeof findNodeAtOffset>[0], offset, true) as JsonNode | undefined;
	if (!node || node.type !== 'string') {
		return undefined;
	}
	const range = { offset: node.offset, length: node.length };
	const property = node.parent;
	if (property?.type === 'property' && property.children?.[0] === node) {
		const key = String(node.value);
		const contents = kind === 'swagger' ? keyHover(key) : policyKeyHover(key);
		return contents ? { contents, range } : undefined;
	}
	const path = getNodePath(node as Parameters<typeof getNodePath>[0]);
	const context = valueContextAt(kind, path, doc.value);
	if (!context || typeof node.value !== 'string') {
		return undefined;
	}
	const value = node.value;
	switch (context.kind) {
		case 'enum': {
			const fact = context.separator
				? undefined
				: context.values.find((v) => v.value === value);
			if (context.separator) {
				// A `;`-separated list: explain each known entry.
				const entries = value.split(context.separator).map((part) => part.trim()).filter(Boolean);
				const known = entries.map((entry) => context.values.find((v) => v.value === entry));
				const lines = entries.map((entry, i) => (known[i] ? `- \`${entry}\`: ${known[i]!.explanation}` : `- \`${entry}\`: not one of the allowed values.`));
				return { contents: [`**${context.key}**`, '', ...lines].join('\n'), range };
			}
			const allowed = context.values.map((v) => `\`${v.value}\``).join(', ');
			return {
				contents: fact
					? `**${context.key}**: \`${value}\`\n\n${fact.explanation}`
					: `**${context.key}**: \`${value}\` is not one of the known values (${allowed}).`,
				range,
			};
		}
		case 'operationId': {
			const swaggerDoc = kind === 'swagger' ? doc : await request.swagger?.();
			if (!swaggerDoc) {
				return undefined;
			}
			const operation = swaggerModelOf(swaggerDoc).operationById(value);
			if (!operation) {
				return { contents: `**${value}**: no operation has this operationId.`, range };
			}
			const lines = [`**${value}**: \`${operationLabel(operation)}\``];
			if (typeof operation.value.summary === 'string') {
				lines.push('', operation.value.summary);
			}
			if (typeof operation.value.description === 'string' && operation.value.description !== operation.value.summary) {
				lines.push('', operation.value.description);
			}
			return { contents: lines.join('\n'), range };
		}
		case 'ref': {
			const resolution = resolveRef(doc.value, value);
			if (!resolution.ok) {
				return { contents: `\`${value}\`: the reference cannot be resolved.`, range };
			}
			return { contents: describeTarget(value, resolution.value), range };
		}
	}
}

function keyHover(key: string): string | undefined {
	const fact = extensionFact(key);
	return fact ? describeExtension(fact) : undefined;
}

function policyKeyHover(key: string): string | undefined {
	const known = POLICY_PARAMETER_KEYS.find((k) => k.key === key);
	return known ? `**${known.key}** (${known.valueType})\n\n${known.explanation}` : undefined;
}

/** Markdown for a `$ref` target: its name, type, summary and description. */
function describeTarget(ref: string, target: unknown): string {
	const lines = [`\`${ref}\``];
	if (!isObject(target)) {
		return lines.join('\n');
	}
	const facts: string[] = [];
	if (typeof target.type === 'string') {
		facts.push(`type \`${target.type}\``);
	}
	if (typeof target.in === 'string') {
		facts.push(`in \`${target.in}\``);
	}
	if (typeof target.name === 'string') {
		facts.push(`name \`${target.name}\``);
	}
	if (facts.length > 0) {
		lines[0] += `: ${facts.join(', ')}`;
	}
	for (const key of ['x-ms-summary', 'title', 'summary', 'description'] as const) {
		if (typeof target[key] === 'string' && target[key] !== '') {
			lines.push('', String(target[key]));
		}
	}
	return lines.join('\n');
}
