import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isValidMediaType, listStrings, rootAndOperationLists } from '../../core/metadata';

/** SVR `MimeTypeNotValid`: a `consumes`/`produces` item that is not a `type/subtype` media type. */
export default defineRule({
	id: 'mime-type-not-valid',
	msCode: 'MimeTypeNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every consumes and produces item must be a well-formed MIME type.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const items = listStrings([...rootAndOperationLists(swagger, 'consumes'), ...rootAndOperationLists(swagger, 'produces')]);
		for (const item of items) {
			if (isValidMediaType(item.value)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: item.path,
				message: `The MIME type '${item.value}' is not valid.`,
				data: { mimeType: item.value },
			});
		}
	},
});
