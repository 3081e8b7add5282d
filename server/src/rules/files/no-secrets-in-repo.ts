import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isPlaceholderText } from '../../core/metadata';

const DUMMY_WORDS = /dummy|placeholder|your|enter|insert|replace|sample|example|fake|redacted|client|secret|app_?id|\bid\b|xxx|\*\*\*/i;
const GUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[)}]?$/i;

/** Values the upstream README accepts: empty, `[[DUMMY]]`, `<<Enter client id>>`, `00000000-…`, "Please add…". */
function isDummy(value: string): boolean {
	const trimmed = value.trim();
	if (isPlaceholderText(trimmed) || DUMMY_WORDS.test(trimmed) || /[<>[\]{}]/.test(trimmed) || /^@/.test(trimmed)) {
		return true;
	}
	const compact = trimmed.replace(/[-_.\s]/g, '');
	// One repeated character, or a run such as 123456789 / abcdef.
	return /^(.)\1*$/.test(compact) || '0123456789abcdefghijklmnopqrstuvwxyz'.includes(compact.toLowerCase());
}

/** A client id worth hiding: a GUID, or a long token mixing letters and digits (app ids are public, yet tied to a tenant). */
function looksReal(value: string): boolean {
	const trimmed = value.trim();
	if (isDummy(trimmed)) {
		return false;
	}
	return GUID.test(trimmed) || (trimmed.length >= 16 && /^[A-Za-z0-9._~+/=-]+$/.test(trimmed) && /\d/.test(trimmed) && /[A-Za-z]/.test(trimmed));
}

/** Upstream README: client ids and secrets in submitted files are "replaced with fake or dummy values" (PR#3035). */
export default defineRule({
	id: 'no-secrets-in-repo',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README'], basis: 'certification-must' },
	description: 'OAuth client secrets and real client ids must be replaced with dummy values.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const settings of context.apiProperties!.oauthSettings()) {
			const clientSecret = settings.value.clientSecret;
			if (typeof clientSecret === 'string' && !isDummy(clientSecret)) {
				context.report({
					file: 'apiProperties',
					path: [...settings.path, 'clientSecret'],
					message: 'The OAuth clientSecret must not be submitted: replace it with a dummy value such as "[[DUMMY]]".',
					data: { property: 'clientSecret', suggestion: '[[DUMMY]]' },
				});
			}
			const clientId = settings.value.clientId;
			if (typeof clientId === 'string' && looksReal(clientId)) {
				context.report({
					file: 'apiProperties',
					path: [...settings.path, 'clientId'],
					message: 'The OAuth clientId looks like a real application id: replace it with a dummy value such as "[[DUMMY]]".',
					data: { property: 'clientId', suggestion: '[[DUMMY]]' },
				});
			}
		}
	},
});
