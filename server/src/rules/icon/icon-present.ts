import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { brandColorPath } from './_icon';

/**
 * POL 5000.1.1.1 "Package should contain an icon." The open-source repository does not carry icons of certified
 * connectors (they travel with the Partner Center package), so in a folder this is a reminder, not an error; the
 * package command enforces it.
 */
export default defineRule({
	id: 'icon-present',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['POL', 'CS'], basis: 'guidance' },
	description: 'A verified-publisher connector needs an icon.png for its certification package.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		// Only a folder read from disk says whether an icon is there; Independent Publishers submit none.
		if (!context.connector.folderEntries || context.connector.independentPublisher || context.artifacts.icon) {
			return;
		}
		context.report({
			file: 'apiProperties',
			path: brandColorPath(context.apiProperties),
			target: 'key',
			message: 'Package should contain an icon. Add icon.png (PNG, 230×230, background in iconBrandColor) beside apiProperties.json.',
		});
	},
});
