import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { INDEPENDENT_PUBLISHER_COLOR } from './_icon';

/** README of the open-source repository: "Independent Publisher connectors must set the color to #da3b01." */
export default defineRule({
	id: 'icon-brand-color-ip',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README', 'CS'], basis: 'certification-must' },
	description: 'Independent Publisher connectors must use the brand colour #da3b01.',
	fixable: true,
	files: ['apiProperties'],
	check(context) {
		const color = context.apiProperties!.iconBrandColor;
		if (!context.connector.independentPublisher || color === undefined || color.trim().toLowerCase() === INDEPENDENT_PUBLISHER_COLOR) {
			return;
		}
		context.report({
			file: 'apiProperties',
			path: ['properties', 'iconBrandColor'],
			message: `Independent Publisher connectors must set the color to ${INDEPENDENT_PUBLISHER_COLOR}; this one is ${color}.`,
			data: { value: color, expected: INDEPENDENT_PUBLISHER_COLOR },
		});
	},
	fix({ finding, doc }) {
		return { title: `Set the colour to ${INDEPENDENT_PUBLISHER_COLOR}`, edits: setValue(doc, finding.path, INDEPENDENT_PUBLISHER_COLOR) };
	},
});
