import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/** APS: `properties.iconBrandColor` is required; it is the tile colour behind the icon everywhere the connector shows. */
export default defineRule({
	id: 'icon-brand-color-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'validator-rejects' },
	description: 'The apiProperties.json file must set properties.iconBrandColor.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const properties = context.apiProperties!.root.properties;
		// Without a `properties` object, api-properties-schema reports the missing parent.
		if (typeof properties !== 'object' || properties === null || Array.isArray(properties) || 'iconBrandColor' in properties) {
			return;
		}
		context.report({ file: 'apiProperties', path: ['properties', 'iconBrandColor'], target: 'missing', message: "The 'iconBrandColor' property is required." });
	},
});
