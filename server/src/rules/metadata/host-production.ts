import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/** Host name parts (split on `.` and `-`) that name a non-production environment. */
const NON_PRODUCTION = new Set(['dev', 'develop', 'development', 'test', 'testing', 'staging', 'stage', 'stg', 'sandbox', 'qa', 'uat', 'preprod', 'localhost']);

function nonProductionReason(host: string): string | undefined {
	const name = host.replace(/:\d+$/, '').toLowerCase();
	if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || (/^\[?[0-9a-f:]+\]?$/.test(name) && name.includes(':'))) {
		return 'an IP address';
	}
	// The top-level domain is not an environment name (`.dev` and `.test` are real or reserved TLDs).
	const labels = name.split('.');
	const named = labels.length > 1 ? labels.slice(0, -1) : labels;
	const part = named.flatMap((label) => label.split('-')).find((p) => NON_PRODUCTION.has(p));
	return part === undefined ? undefined : `'${part}'`;
}

/** CS Step 4: "Provide a production version of the host URL. Staging, dev, and test host URLs aren't allowed." */
export default defineRule({
	id: 'host-production',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'The host should be the production host, not a dev, test, staging or local one.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const host = context.swagger!.root.host;
		if (typeof host !== 'string') {
			return;
		}
		const reason = nonProductionReason(host);
		if (reason === undefined) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['host'],
			message: `The host '${host}' looks like a non-production host (${reason}); staging, dev, and test host URLs aren't allowed.`,
			data: { host },
		});
	},
});
