import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { metadataEntry } from '../shared/fixStructure';
import { REQUIRED_METADATA } from '../../core/metadata';

/** Certification: the root `x-ms-connector-metadata` holds Website, Privacy policy and Categories (CS "Step 3b"). */
export default defineRule({
	id: 'x-ms-connector-metadata-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['PR683', 'PR1095'], basis: 'validator-rejects' },
	description: 'The definition must have an x-ms-connector-metadata array at its root.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		if (context.swagger!.root['x-ms-connector-metadata'] !== undefined) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['x-ms-connector-metadata'],
			target: 'missing',
			message: "The 'x-ms-connector-metadata' property is required.",
			data: { property: 'x-ms-connector-metadata' },
		});
	},
	fix({ doc }) {
		const entries = REQUIRED_METADATA.map(metadataEntry);
		return { requiresAuthor: true, title: 'Add x-ms-connector-metadata with Website, Privacy policy and Categories', edits: setValue(doc, ['x-ms-connector-metadata'], entries), placeholder: entries[0].propertyValue };
	},
});
