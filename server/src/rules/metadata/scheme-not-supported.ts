import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { listStrings, rootAndOperationLists } from '../../core/metadata';

/** SVR `SchemeNotSupported`: the Swagger schema allows `ws`/`wss`, the connector platform does not. */
export default defineRule({
	id: 'scheme-not-supported',
	msCode: 'SchemeNotSupported',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The WebSocket schemes 'ws' and 'wss' are not supported.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of listStrings(rootAndOperationLists(context.swagger!, 'schemes'))) {
			if (item.value !== 'ws' && item.value !== 'wss') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				message: 'The WebSocket transfer protocol schemes are not supported.',
				data: { scheme: item.value },
			});
		}
	},
});
