import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/**
 * The repository README: a connector lives in `certified-connectors/<Name>/` or `independent-publisher-connectors/<Name>/`
 * with the files named `apiDefinition.swagger.json` and `apiProperties.json`. A definition found under another
 * `*.swagger.json` name is checked, but the pipeline and the packaging expect the canonical name.
 */
export default defineRule({
	id: 'pr-folder-layout',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'README', 'IP'], basis: 'should' },
	description: 'The definition file must be named apiDefinition.swagger.json.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const entries = context.connector.folderEntries;
		if (!entries || entries.includes('apiDefinition.swagger.json')) {
			return;
		}
		const swaggers = entries.filter((name) => name.toLowerCase().endsWith('.swagger.json'));
		for (const name of swaggers) {
			if (name !== 'apiDefinition.swagger.json') {
				context.report({
					file: 'swagger',
					path: ['swagger'],
					target: 'key',
					message: `The definition file is named '${name}'; connector submissions expect 'apiDefinition.swagger.json'.`,
					data: { fileName: name },
				});
			}
		}
	},
});
