import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** MSS `host` pattern: a name or IP with an optional port; no scheme, path, spaces, backslash or `{}` template. */
const HOST = /^[^{}/ :\\]+(?::\d+)?$/;

/** SVR `HostNameNotValid`. */
export default defineRule({
	id: 'host-name-not-valid',
	msCode: 'HostNameNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: 'The host must be a host name (and optional port) without a scheme or path.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const host = context.swagger!.root.host;
		if (typeof host !== 'string' || HOST.test(host)) {
			return;
		}
		// What a quick fix would keep: the authority of a pasted URL.
		const suggestion = host.trim().replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '').replace(/[/?#\\].*$/, '');
		context.report({
			file: 'swagger',
			path: ['host'],
			message: "The 'host' property, if present, must be a valid URI host without a scheme or path.",
			data: { host, suggestion: HOST.test(suggestion) ? suggestion : undefined },
		});
	},
});
