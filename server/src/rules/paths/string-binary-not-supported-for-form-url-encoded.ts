import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportOncePerPath } from '../shared/reportOncePerPath';
import { mimeEssence } from '../../core/swagger';
import { isStringBinary } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

const FORM_URL_ENCODED = 'application/x-www-form-urlencoded';

/**
 * A URL-encoded form carries text fields only; a `string`/`binary` (file content) parameter cannot be sent that way.
 * Reported once per parameter, on its `format`, naming the first operation that sends it URL-encoded.
 */
export default defineRule({
	id: 'string-binary-not-supported-for-form-url-encoded',
	msCode: 'StringBinaryNotSupportedForFormUrlEncoded',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation that consumes application/x-www-form-urlencoded must not have string/binary parameters.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const report = reportOncePerPath(context);
		for (const operation of swagger.operations()) {
			if (!swagger.consumes(operation).some((mime) => mimeEssence(mime) === FORM_URL_ENCODED)) {
				continue;
			}
			for (const parameter of operation.parameters) {
				const value = parameter.value;
				let target: { path: (string | number)[] } | undefined;
				if (parameter.in === 'body' && value?.schema !== undefined) {
					const schema = swagger.resolve([...parameter.definitionPath, 'schema'], value.schema);
					if (isStringBinary(schema.value)) {
						target = { path: [...schema.definitionPath, 'format'] };
					}
				} else if (parameter.in !== 'body' && isStringBinary(value)) {
					target = { path: [...parameter.definitionPath, 'format'] };
				}
				if (!target) {
					continue;
				}
				report({
					file: 'swagger',
					path: target.path,
					message: `String/binary parameters are not supported for operation '${operationLabel(operation)}' with 'application/x-www-form-urlencoded' consumes type.`,
					data: { operationId: operation.operationId, name: parameter.name, in: parameter.in },
				});
			}
		}
	},
});
