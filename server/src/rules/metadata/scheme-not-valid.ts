import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { listStrings, rootAndOperationLists } from '../../core/metadata';

/** SVR `SchemeNotValid`: "The scheme property should be one of 'http' or 'https'." (WebSocket: scheme-not-supported.) */
export default defineRule({
	id: 'scheme-not-valid',
	msCode: 'SchemeNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The schemes may only contain 'http' and 'https'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of listStrings(rootAndOperationLists(context.swagger!, 'schemes'))) {
			if (['http', 'https', 'ws', 'wss'].includes(item.value)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				message: "The 'schemes' property must only contain transfer protocols from the list: http, https.",
				data: { scheme: item.value, allowed: ['http', 'https'] },
			});
		}
	},
});
