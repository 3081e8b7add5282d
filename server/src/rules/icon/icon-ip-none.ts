import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { brandColorPath } from './_icon';

/** The repository's PR template: Independent Publisher connectors are "not submitting a connector icon". */
export default defineRule({
	id: 'icon-ip-none',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README'], basis: 'certification-must' },
	description: 'Independent Publisher connectors must not include an icon.',
	fixable: false,
	files: ['apiProperties', 'icon'],
	check(context) {
		if (!context.connector.independentPublisher) {
			return;
		}
		const pngs = (context.connector.folderEntries ?? (context.artifacts.icon ? [context.artifacts.icon.fileName] : [])).filter((name) => name.toLowerCase().endsWith('.png'));
		for (const name of pngs) {
			const message = `Independent Publisher connectors do not submit a connector icon: remove ${name}.`;
			if (context.artifacts.icon?.fileName === name) {
				context.report({ file: 'icon', path: [], message, data: { fileName: name } });
			} else if (context.apiProperties) {
				context.report({ file: 'apiProperties', path: brandColorPath(context.apiProperties), target: 'key', message, data: { fileName: name } });
			}
		}
	},
});
