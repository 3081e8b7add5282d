import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { closestAllowedValue } from '../shared/fixStructure';

/** MSS order. */
const ALLOWED = ['double', 'single'];

/**
 * MSS/EXT: `x-ms-url-encoding` is `single` (the default) or `double`. The generic enum rule checks the plain Swagger
 * 2.0 schema, which ignores `x-` keys.
 */
export default defineRule({
	id: 'url-encoding-enum',
	msCode: 'JsonValueNotInEnum',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS'], basis: 'validator-rejects' },
	description: 'The x-ms-url-encoding extension must be single or double.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value?.['x-ms-url-encoding'];
			if (value === undefined || (typeof value === 'string' && ALLOWED.includes(value))) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'x-ms-url-encoding'],
				message: `The property value must be one of the following: ${ALLOWED.join(', ')}.`,
				data: { allowedValues: ALLOWED, value, name: parameter.name },
			});
		}
	},
	fix({ finding, doc }) {
		const replacement = closestAllowedValue(finding.data?.value, ALLOWED);
		return replacement === undefined ? undefined : { title: `Replace by '${replacement}'`, edits: setValue(doc, finding.path, replacement) };
	},
});
