import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { SUPPORTED_NAMESPACES, codeOnly } from './_script';

/** write-code, "Supported namespaces": "Not all C# namespaces are supported… you can use … the following namespaces only." */
export default defineRule({
	id: 'script-namespaces-allowed',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CC'], basis: 'certification-must' },
	description: 'The script.csx file may only use the namespaces custom code supports.',
	fixable: false,
	files: ['script'],
	check(context) {
		const script = context.artifacts.script!;
		const code = codeOnly(script);
		// `using X;`, `using static X.Y;` and `using A = X.Y;` directives (not `using (…)` statements or `using var`).
		const directive = /^[ \t]*(?:global\s+)?using\s+(static\s+)?(?:(\w+)\s*=\s*)?([A-Za-z_][\w.]*)\s*;/gm;
		for (let match = directive.exec(code); match; match = directive.exec(code)) {
			const target = match[3];
			// `using static` and aliases name a type: its namespace is the part before the last dot.
			const namespace = match[1] || match[2] ? target.slice(0, Math.max(0, target.lastIndexOf('.'))) : target;
			if (SUPPORTED_NAMESPACES.has(namespace) || (namespace === '' && SUPPORTED_NAMESPACES.has(target))) {
				continue;
			}
			const offset = match.index + match[0].indexOf(target);
			context.report({
				file: 'script',
				path: [],
				range: script.rangeAt(offset, target.length),
				message: `The namespace '${namespace || target}' is not supported in custom code; only the namespaces listed under "Supported namespaces" can be used.`,
				data: { namespace: namespace || target },
			});
		}
	},
});
