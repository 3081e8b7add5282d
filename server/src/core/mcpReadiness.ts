/**
 * What Copilot Studio makes of an MCP server's tools: the server's `initialize` capabilities and its `tools/list`
 * answer (plain JSON, as received) against the limits Microsoft documents for MCP in Copilot Studio. A tool whose
 * schema has a `$ref` is dropped, an array `type` is cut to its first entry, a numeric `exclusiveMinimum` fails the
 * tool, enum values are read as strings, prompts are not offered, and the orchestrator's models take a limited number
 * of tools. Pure: `mcp-probe` does the network part.
 */
import { toJsonPointer } from './location';
import { isObject } from './refs';

/** The default cap on tools: the function limit of the models the orchestrator runs on (Microsoft gives no stable figure). */
export const DEFAULT_MAX_TOOLS = 128;

/** Descriptions shorter than this (trimmed) give the orchestrator too little to choose the tool by. */
export const MIN_DESCRIPTION_LENGTH = 10;

/** Subschemas checked per schema: the walk is iterative, and bounded so that a huge or hostile answer stays cheap. */
export const MAX_SCHEMA_NODES = 10_000;

/** Problems kept per tool (the rest are counted in `omitted`). */
export const MAX_PROBLEMS_PER_TOOL = 100;

/**
 * What happens to the tool in Copilot Studio: `dropped` the agent does not get it, `fails` calling or loading it
 * fails, `mangled` the agent gets it with a schema that says something else, `weak` it works but the orchestrator
 * is unlikely to pick it. In that order of gravity.
 */
export type McpEffect = 'dropped' | 'fails' | 'mangled' | 'weak';

export const MCP_EFFECTS: readonly McpEffect[] = ['dropped', 'fails', 'mangled', 'weak'];

export type McpProblemId =
	| 'schema-ref'
	| 'type-array'
	| 'integer-exclusive-minimum'
	| 'non-string-enum'
	| 'missing-name'
	| 'missing-input-schema'
	| 'missing-description'
	| 'short-description'
	| 'schema-too-large'
	| 'over-tool-cap';

export const MCP_PROBLEM_EFFECTS: Readonly<Record<McpProblemId, McpEffect>> = {
	'schema-ref': 'dropped',
	'type-array': 'mangled',
	'integer-exclusive-minimum': 'fails',
	'non-string-enum': 'mangled',
	'missing-name': 'dropped',
	// MCP requires inputSchema: the SDKs' clients reject a tools/list answer without one, so loading the tool fails.
	'missing-input-schema': 'fails',
	'missing-description': 'weak',
	'short-description': 'weak',
	'schema-too-large': 'weak',
	'over-tool-cap': 'dropped',
};

export interface McpToolProblem {
	readonly id: McpProblemId;
	readonly effect: McpEffect;
	/** RFC 6901 pointer into the tool object (`""`: the tool as a whole). */
	readonly pointer: string;
	readonly message: string;
}

export interface McpToolReadiness {
	/** The tool's name, or `#<position>` (1-based) when it has none. */
	readonly name: string;
	/** 0-based position in the list. */
	readonly index: number;
	/** The gravest effect among its problems; absent when the tool is usable as is. */
	readonly effect?: McpEffect;
	readonly problems: readonly McpToolProblem[];
	/** Problems found past `MAX_PROBLEMS_PER_TOOL`, not listed. */
	readonly omitted: number;
}

export type McpNoteId = 'prompts-not-offered' | 'no-tools-capability' | 'no-tools' | 'over-tool-cap';

/** Something about the server as a whole. */
export interface McpServerNote {
	readonly id: McpNoteId;
	readonly message: string;
}

export interface McpReadiness {
	readonly maxTools: number;
	readonly toolCount: number;
	/** Every tool, in list order, usable ones included (with no problems). */
	readonly tools: readonly McpToolReadiness[];
	readonly notes: readonly McpServerNote[];
	/** Tools by their gravest effect, tools usable as is, and tools past the cap. */
	readonly counts: Readonly<Record<McpEffect, number>> & { readonly usable: number; readonly overCap: number };
}

export interface McpReadinessInput {
	/** The `capabilities` of the server's `initialize` result. */
	readonly capabilities: unknown;
	/** The tools of every `tools/list` page, as received. */
	readonly tools: readonly unknown[];
	readonly maxTools?: number;
}

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
/** Keywords whose value is an array of schemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value is one schema. */
const SCHEMA_SINGLES = ['additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];

/** A value for a message: JSON, cut short. */
function shown(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

type Report = (id: McpProblemId, path: readonly (string | number)[], message: string) => void;

/**
 * Checks one schema (the tool's inputSchema or outputSchema) at `root`. Only schema positions are visited: a property
 * named `$ref` or `type`, or an `enum` inside a `default`, is data, not a keyword.
 */
function checkSchema(schema: unknown, root: readonly (string | number)[], report: Report): void {
	const stack: { value: unknown; path: readonly (string | number)[] }[] = [{ value: schema, path: root }];
	let visited = 0;
	while (stack.length > 0) {
		const { value, path } = stack.pop()!;
		if (!isObject(value)) {
			continue;
		}
		if (++visited > MAX_SCHEMA_NODES) {
			report('schema-too-large', root, `The schema has more than ${MAX_SCHEMA_NODES} subschemas; the rest was not checked, and a schema this large costs the orchestrator's model most of its context.`);
			return;
		}
		if (value.$ref !== undefined) {
			report('schema-ref', [...path, '$ref'], `The schema uses $ref (${shown(value.$ref)}): Copilot Studio drops a tool whose schema contains $ref, silently. Inline the referenced schema.`);
		}
		if (Array.isArray(value.type) && value.type.length > 1) {
			report('type-array', [...path, 'type'], `"type": ${shown(value.type)} is cut to its first entry, ${shown(value.type[0])}, by Copilot Studio. Give one type (for a nullable value, the type alone, and leave it out of "required").`);
		}
		if (typeof value.exclusiveMinimum === 'number' && Number.isInteger(value.exclusiveMinimum)) {
			report(
				'integer-exclusive-minimum',
				[...path, 'exclusiveMinimum'],
				`"exclusiveMinimum": ${value.exclusiveMinimum} (the numeric form of JSON Schema 2019 and later) makes Copilot Studio fail on the tool (System.FormatException). Use "minimum": ${value.exclusiveMinimum + 1} for integers, or state the bound in the description.`,
			);
		}
		if (Array.isArray(value.enum) && value.enum.some((item) => typeof item !== 'string')) {
			report('non-string-enum', [...path, 'enum'], `The enum ${shown(value.enum)} has values that are not strings: Copilot Studio reads enum values as strings, so the constraint is lost. Use string values, or list the allowed values in the description.`);
		}
		// Children are pushed last first, so problems come out in document order.
		const children: { value: unknown; path: readonly (string | number)[] }[] = [];
		for (const [key, child] of Object.entries(value)) {
			if (SCHEMA_MAPS.includes(key) && isObject(child)) {
				for (const [name, sub] of Object.entries(child)) {
					children.push({ value: sub, path: [...path, key, name] });
				}
			} else if (SCHEMA_LISTS.includes(key) && Array.isArray(child)) {
				child.forEach((sub, index) => children.push({ value: sub, path: [...path, key, index] }));
			} else if (key === 'items') {
				if (Array.isArray(child)) {
					child.forEach((sub, index) => children.push({ value: sub, path: [...path, key, index] }));
				} else {
					children.push({ value: child, path: [...path, key] });
				}
			} else if (key === 'dependencies' && isObject(child)) {
				// Draft 7: each entry is a schema or a list of property names.
				for (const [name, sub] of Object.entries(child)) {
					children.push({ value: sub, path: [...path, key, name] });
				}
			} else if (SCHEMA_SINGLES.includes(key)) {
				children.push({ value: child, path: [...path, key] });
			}
		}
		for (let i = children.length - 1; i >= 0; i--) {
			stack.push(children[i]);
		}
	}
}

function checkTool(tool: unknown, index: number, maxTools: number, total: number): McpToolReadiness {
	const problems: McpToolProblem[] = [];
	let omitted = 0;
	const report: Report = (id, path, message) => {
		if (problems.length >= MAX_PROBLEMS_PER_TOOL) {
			omitted++;
			return;
		}
		problems.push({ id, effect: MCP_PROBLEM_EFFECTS[id], pointer: toJsonPointer(path), message });
	};
	const value = isObject(tool) ? tool : {};
	const named = typeof value.name === 'string' && value.name.trim() !== '';
	const name = named ? (value.name as string) : `#${index + 1}`;
	if (!named) {
		report('missing-name', ['name'], 'The tool has no name: it cannot be called.');
	}
	if (index >= maxTools) {
		report('over-tool-cap', [], `Tool ${index + 1} of ${total}, past the cap of ${maxTools} tools: the agent does not get it.`);
	}
	const description = typeof value.description === 'string' ? value.description.trim() : '';
	if (!description) {
		report('missing-description', ['description'], 'The tool has no description: the orchestrator picks tools by their description, so it will hardly ever choose this one.');
	} else if (description.length < MIN_DESCRIPTION_LENGTH) {
		report(
			'short-description',
			['description'],
			`The description ${shown(description)} is ${description.length} character${description.length === 1 ? '' : 's'} long: the orchestrator picks tools by their description. Say what the tool does and when to use it (${MIN_DESCRIPTION_LENGTH} characters at least).`,
		);
	}
	if (value.inputSchema === undefined || value.inputSchema === null) {
		report('missing-input-schema', ['inputSchema'], 'The tool has no inputSchema, which MCP requires: clients that validate the list refuse it. Give at least {"type": "object"}.');
	} else {
		checkSchema(value.inputSchema, ['inputSchema'], report);
	}
	if (value.outputSchema !== undefined) {
		checkSchema(value.outputSchema, ['outputSchema'], report);
	}
	const effect = MCP_EFFECTS.find((candidate) => problems.some((problem) => problem.effect === candidate));
	return { name, index, ...(effect ? { effect } : {}), problems, omitted };
}

/** Checks the tools a server lists against what Copilot Studio accepts. */
export function assessMcpReadiness(input: McpReadinessInput): McpReadiness {
	const maxTools = input.maxTools ?? DEFAULT_MAX_TOOLS;
	const capabilities = isObject(input.capabilities) ? input.capabilities : {};
	const total = input.tools.length;
	const tools = input.tools.map((tool, index) => checkTool(tool, index, maxTools, total));
	const notes: McpServerNote[] = [];
	if (capabilities.prompts !== undefined && capabilities.prompts !== null) {
		notes.push({ id: 'prompts-not-offered', message: 'The server advertises prompts: Copilot Studio offers agents its tools and resources only, so its prompts will not be offered.' });
	}
	if (capabilities.tools === undefined || capabilities.tools === null) {
		notes.push({ id: 'no-tools-capability', message: 'The server does not advertise the tools capability: an agent gets no tools from it.' });
	} else if (total === 0) {
		notes.push({ id: 'no-tools', message: 'The server lists no tools: an agent gets nothing to call from it.' });
	}
	if (total > maxTools) {
		const past = tools.slice(maxTools).map((tool) => tool.name);
		const listed = past.length > 5 ? `${past.slice(0, 5).join(', ')} and ${past.length - 5} more` : past.join(', ');
		notes.push({ id: 'over-tool-cap', message: `${total} tools, over the cap of ${maxTools}: the last ${past.length} (${listed}) will not be offered to the agent.` });
	}
	const counts = { dropped: 0, fails: 0, mangled: 0, weak: 0, usable: 0, overCap: Math.max(0, total - maxTools) };
	for (const tool of tools) {
		if (tool.effect) {
			counts[tool.effect]++;
		} else {
			counts.usable++;
		}
	}
	return { maxTools, toolCount: total, tools, notes, counts };
}
