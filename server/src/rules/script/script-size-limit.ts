import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

const LIMIT = 1024 * 1024;

/** write-code FAQ: "the size of your script file can't be more than 1 MB". The platform refuses the upload. */
export default defineRule({
	id: 'script-size-limit',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CC'], basis: 'certification-must' },
	description: 'The script.csx file must not be larger than 1 MB.',
	fixable: false,
	files: ['script'],
	check(context) {
		const script = context.artifacts.script!;
		if (script.byteLength > LIMIT) {
			context.report({
				file: 'script',
				path: [],
				message: `The script file is ${(script.byteLength / LIMIT).toFixed(2)} MB; the size of a custom code file can't be more than 1 MB.`,
				data: { byteLength: script.byteLength },
			});
		}
	},
});
