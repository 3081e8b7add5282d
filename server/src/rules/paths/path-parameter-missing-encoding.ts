import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { subjectOf, withSubject } from '../shared/subject';

/** Without `x-ms-url-encoding`, a path value with `/`, `?` or `#` in it can change the URL it is placed in. */
export default defineRule({
	id: 'path-parameter-missing-encoding',
	msCode: 'PathParameterMissingEncoding',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: 'A path parameter should declare x-ms-url-encoding.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (parameter.in !== 'path' || !parameter.value || parameter.value['x-ms-url-encoding'] !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'x-ms-url-encoding'],
				target: 'missing',
				message: withSubject(`Encoding for path parameter '${parameter.name ?? ''}' is missing, which might lead to invalid requests. Use "x-ms-url-encoding": "single" to ensure the value is URL encoded.`, subjectOf(context.swagger, parameter.definitionPath)),
				data: { name: parameter.name },
			});
		}
	},
	fix({ finding, doc }) {
		return { title: 'Add "x-ms-url-encoding": "single"', edits: setValue(doc, finding.path, 'single') };
	},
});
