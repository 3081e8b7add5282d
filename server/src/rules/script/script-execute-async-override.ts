import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { codeOnly } from './_script';

/** write-code: "Your code needs to implement a method called ExecuteAsync, which is called during runtime." */
export default defineRule({
	id: 'script-execute-async-override',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CC'], basis: 'certification-must' },
	description: 'The script.csx file must override Task<HttpResponseMessage> ExecuteAsync().',
	fixable: false,
	files: ['script'],
	check(context) {
		const script = context.artifacts.script!;
		const code = codeOnly(script);
		if (/\boverride\s+(?:async\s+)?Task\s*<\s*HttpResponseMessage\s*>\s*ExecuteAsync\s*\(\s*\)/.test(code.replace(/\basync\s+override\b/g, 'override async'))) {
			return;
		}
		const classDeclaration = /\bclass\s+\w+/.exec(code);
		context.report({
			file: 'script',
			path: [],
			range: classDeclaration ? script.rangeAt(classDeclaration.index, classDeclaration[0].length) : undefined,
			message: "The Script class must implement the method 'public override async Task<HttpResponseMessage> ExecuteAsync()', which is called at runtime.",
		});
	},
});
