import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isValidMediaType, listStrings, rootAndOperationLists } from '../../core/metadata';

/**
 * SVR `MimeTypeNotSupported`. Microsoft does not publish the supported list, and certified connectors use many types
 * beyond the four SVR names (text/json, application/xml, application/octet-stream, image/png…), so the check is off
 * until the user lists the types they want to allow.
 */
export default defineRule({
	id: 'mime-type-not-supported',
	msCode: 'MimeTypeNotSupported',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every consumes and produces MIME type must be in the configured supported list.',
	fixable: false,
	files: ['swagger'],
	options: {
		supported: {
			type: 'string[]',
			default: null,
			description: "The MIME types to allow in consumes and produces (parameters after ';' are ignored); unset, the check is off because Microsoft's list is unpublished.",
		},
	},
	check(context) {
		const supported = context.option<readonly string[] | null>('supported');
		if (!supported || supported.length === 0) {
			return;
		}
		const allowed = new Set(supported.map((type) => type.split(';')[0].trim().toLowerCase()));
		const swagger = context.swagger!;
		const items = listStrings([...rootAndOperationLists(swagger, 'consumes'), ...rootAndOperationLists(swagger, 'produces')]);
		for (const item of items) {
			// A malformed type is mime-type-not-valid's finding.
			if (!isValidMediaType(item.value) || allowed.has(item.value.split(';')[0].trim().toLowerCase())) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				message: `The MIME type '${item.value}' is not supported. The supported mime types are: '${supported.join(', ')}'.`,
				data: { mimeType: item.value, supported },
			});
		}
	},
});
