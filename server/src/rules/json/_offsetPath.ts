import type { JsonNode, JsonPath } from '../../core/json';

/**
 * The JSON path of the innermost value that contains `offset` (the root's path `[]` when none does). Findings that
 * come with their own range (syntax, encoding) use it so their JSON pointer says where in the document they are.
 */
export function pathAtOffset(root: JsonNode | undefined, offset: number): JsonPath {
	const path: (string | number)[] = [];
	let node = root;
	while (node && (node.type === 'object' || node.type === 'array') && node.children) {
		let next: JsonNode | undefined;
		for (let i = 0; i < node.children.length; i++) {
			const child = node.children[i];
			if (offset >= child.offset && offset < child.offset + child.length) {
				if (node.type === 'array') {
					path.push(i);
					next = child;
				} else {
					// A property: descend into its value only when the offset lies inside it (not in the key).
					const value = child.children?.[1];
					if (value && offset >= value.offset && offset < value.offset + value.length) {
						path.push(child.children![0].value as string);
						next = value;
					}
				}
				break;
			}
		}
		node = next;
	}
	return path;
}
