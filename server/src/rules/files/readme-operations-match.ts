import { STRICT_ONLY, defineRule } from '../../engine/types';
import { sectionBody, supportedOperationsHeading } from './_readme';
import { isInternal } from '../../core/strings';

function normalize(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The template's "Supported Operations" section describes "actions, triggers, and other endpoints", one `###` per
 * operation. Reports visible operations of the definition whose summary has no heading there.
 */
export default defineRule({
	id: 'readme-operations-match',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['SVR', 'TPL'], basis: 'guidance' },
	description: 'Every visible operation should be described under Supported Operations in readme.md.',
	fixable: false,
	files: ['readme'],
	check(context) {
		const readme = context.artifacts.readme!;
		const swagger = context.swagger;
		const section = supportedOperationsHeading(readme);
		if (!swagger || !section) {
			return;
		}
		const body = normalize(sectionBody(readme, section));
		for (const operation of swagger.operations()) {
			const summary = operation.value.summary;
			if (typeof summary !== 'string' || !summary.trim() || isInternal(operation.value) || operation.value.deprecated === true) {
				continue;
			}
			if (!body.includes(normalize(summary))) {
				context.report({
					file: 'readme',
					path: [],
					range: readme.rangeAt(section.offset, section.length),
					message: `The operation '${summary}' (${operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`}) is not described under Supported Operations.`,
					data: { operationId: operation.operationId, summary },
				});
			}
		}
	},
});
