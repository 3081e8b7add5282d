import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { codeOnly } from './_script';

/** write-code FAQ: creating your own HttpClient works "currently", "but we'll block this in the future"; use Context.SendAsync. */
export default defineRule({
	id: 'script-no-new-httpclient',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CC'], basis: 'should' },
	description: 'The script.csx file should send requests with this.Context.SendAsync, not a new HttpClient.',
	fixable: false,
	files: ['script'],
	check(context) {
		const script = context.artifacts.script!;
		const code = codeOnly(script);
		const creation = /\bnew\s+(?:System\.Net\.Http\.)?HttpClient\s*\(/g;
		for (let match = creation.exec(code); match; match = creation.exec(code)) {
			context.report({
				file: 'script',
				path: [],
				range: script.rangeAt(match.index, match[0].length - 1),
				message: 'Do not create your own HttpClient in custom code (the platform will block it): send requests with this.Context.SendAsync.',
			});
		}
	},
});
