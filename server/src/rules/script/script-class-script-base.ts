import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { codeOnly } from './_script';

/** write-code: "The class name must be Script and it must implement ScriptBase." Otherwise the code does not load. */
export default defineRule({
	id: 'script-class-script-base',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CC'], basis: 'certification-must' },
	description: 'The script.csx file must declare public class Script : ScriptBase.',
	fixable: false,
	files: ['script'],
	check(context) {
		const script = context.artifacts.script!;
		const code = codeOnly(script);
		if (/\bclass\s+Script\s*:\s*ScriptBase\b/.test(code)) {
			return;
		}
		// Point at the class that is there, if any, else at the start of the file.
		const other = /\bclass\s+(\w+)/.exec(code);
		context.report({
			file: 'script',
			path: [],
			range: other ? script.rangeAt(other.index, other[0].length) : undefined,
			message: "The class name must be 'Script' and it must implement 'ScriptBase': declare 'public class Script : ScriptBase'.",
		});
	},
});
