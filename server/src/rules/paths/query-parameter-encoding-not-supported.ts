import { removeValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** The runtime always encodes query values once; `x-ms-url-encoding` on a query parameter has no effect. */
export default defineRule({
	id: 'query-parameter-encoding-not-supported',
	msCode: 'QueryParameterEncodingNotSupported',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "A swagger the validator accepted in 2022 sets x-ms-url-encoding on query parameters; the setting is ignored, which is what the message says.",
	},
	description: 'A query parameter must not declare x-ms-url-encoding.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (parameter.in !== 'query' || !parameter.value || !Object.prototype.hasOwnProperty.call(parameter.value, 'x-ms-url-encoding')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'x-ms-url-encoding'],
				target: 'key',
				message: `Encoding for query parameter '${parameter.name ?? ''}' is not supported. All query parameters are single encoded by default.`,
				data: { name: parameter.name },
			});
		}
	},
	fix({ finding, doc }) {
		return { title: 'Remove x-ms-url-encoding', edits: removeValue(doc, finding.path) };
	},
});
