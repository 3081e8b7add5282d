import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/**
 * The open-source repository's README: submit the swagger, the API properties "and a README.md" in the same folder.
 * Partner Center packages carry intro.md instead, so a folder without a readme is a warning, not an error.
 */
export default defineRule({
	id: 'readme-present',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'README'], basis: 'should' },
	description: 'A connector submitted to the open-source repository needs a readme.md beside its definition.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		if (!context.connector.folderEntries || context.artifacts.readme) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['info'],
			target: 'key',
			message: 'The connector folder has no readme.md: the open-source repository requires one beside apiDefinition.swagger.json and apiProperties.json.',
		});
	},
});
