import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { headings, isCredentialsHeading, normalizeHeading, sectionBody } from './_readme';

const MIN_WORDS = 40;

/**
 * The PR template: an Independent Publisher connector using OAuth needs "detailed steps on how to create an app in
 * the readme.md". A credentials section this short cannot hold them.
 */
export default defineRule({
	id: 'readme-oauth-steps',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'README', 'IP'], basis: 'validator-rejects' },
	description: 'An Independent Publisher OAuth connector must explain in readme.md how to create the OAuth app.',
	fixable: false,
	files: ['readme'],
	check(context) {
		const readme = context.artifacts.readme!;
		const usesOAuth = context.swagger?.securityDefinitions().some((definition) => definition.value?.type === 'oauth2');
		if (!context.connector.independentPublisher || !usesOAuth) {
			return;
		}
		const section = headings(readme).find((heading) => isCredentialsHeading(normalizeHeading(heading.text)));
		const words = section ? sectionBody(readme, section).split(/\s+/).filter((word) => /\w/.test(word)).length : 0;
		if (words >= MIN_WORDS) {
			return;
		}
		context.report({
			file: 'readme',
			path: [],
			range: section ? readme.rangeAt(section.offset, section.length) : undefined,
			message: section
				? `The Obtaining Credentials section has ${words} words: an OAuth connector must give detailed steps on how to create an app.`
				: 'The readme has no Obtaining Credentials section: an OAuth connector must give detailed steps on how to create an app.',
			data: { words },
		});
	},
});
