import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { definitionKey, isObject, refOf } from '../../core/refs';

interface Edge {
	readonly target: string;
	/** The `$ref` value that makes the requirement. */
	readonly path: JsonPath;
}

/**
 * The definitions an instance of `schema` must contain: the targets of `$ref`s reached through required properties
 * (inline object properties followed into their own required properties) and through `allOf`. Arrays and optional
 * properties end a chain: an empty array or a missing property satisfies them.
 */
function requiredEdges(schema: unknown, path: JsonPath, edges: Edge[], depth = 0): void {
	if (!isObject(schema) || depth > 64) {
		return;
	}
	const ref = refOf(schema);
	if (ref !== undefined) {
		const target = definitionKey(ref);
		if (target !== undefined) {
			edges.push({ target, path: [...path, '$ref'] });
		}
		return;
	}
	if (Array.isArray(schema.required) && isObject(schema.properties)) {
		const properties = schema.properties;
		for (const name of new Set(schema.required)) {
			if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(properties, name)) {
				requiredEdges(properties[name], [...path, 'properties', name], edges, depth + 1);
			}
		}
	}
	if (Array.isArray(schema.allOf)) {
		schema.allOf.forEach((part, index) => requiredEdges(part, [...path, 'allOf', index], edges, depth + 1));
	}
}

/**
 * How many definitions of a loop a finding lists: thousands of loops through one long chain would otherwise list the
 * chain thousands of times.
 */
const MAX_LOOP_LISTED = 20;

/**
 * A definition that, through required properties (or `allOf`), requires itself: no finite JSON value can satisfy it
 * (SVR "Response": RequiredLoopInSchemaNotAllowed). Each loop is reported once, on the `$ref` that closes it.
 */
export default defineRule({
	id: 'required-loop-in-schema-not-allowed',
	msCode: 'RequiredLoopInSchemaNotAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Definitions must not require themselves through a loop of required properties.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const graph = new Map<string, Edge[]>();
		for (const definition of context.swagger!.definitions()) {
			const edges: Edge[] = [];
			requiredEdges(definition.value, definition.path, edges);
			graph.set(definition.name, edges);
		}
		// Iterative depth-first search; a back edge (to a definition on the stack) closes a loop.
		const state = new Map<string, 'active' | 'done'>();
		/** Where each active definition is on the stack. */
		const depthOf = new Map<string, number>();
		for (const start of graph.keys()) {
			if (state.has(start)) {
				continue;
			}
			const stack: { name: string; next: number }[] = [{ name: start, next: 0 }];
			state.set(start, 'active');
			depthOf.set(start, 0);
			while (stack.length > 0) {
				const frame = stack[stack.length - 1];
				const edges = graph.get(frame.name)!;
				if (frame.next >= edges.length) {
					state.set(frame.name, 'done');
					depthOf.delete(frame.name);
					stack.pop();
					continue;
				}
				const edge = edges[frame.next++];
				if (!graph.has(edge.target)) {
					continue;
				}
				const seen = state.get(edge.target);
				if (seen === 'active') {
					const from = depthOf.get(edge.target)!;
					const cycle = stack.slice(from, from + MAX_LOOP_LISTED).map((entry) => entry.name);
					context.report({
						file: 'swagger',
						path: edge.path,
						message: 'Loops of required schema properties are not allowed.',
						data: { cycle },
					});
				} else if (seen === undefined) {
					state.set(edge.target, 'active');
					depthOf.set(edge.target, stack.length);
					stack.push({ name: edge.target, next: 0 });
				}
			}
		}
	},
});
