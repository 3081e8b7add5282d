import { isObject, valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { STRICT_ONLY, defineRule } from '../../engine/types';
import { firstPresent } from '../../core/wording';
import { subjectOf, withSubject } from '../shared/subject';
import { isMcpTransportParameter } from '../shared/mcp';

/**
 * Style: every parameter says where the designer shows it. Strict only: no Microsoft rule asks for it on parameters,
 * the default (required fields shown, optional ones under "Show advanced options") is sensible, and most certified
 * connectors leave it out.
 */
export default defineRule({
	id: 'param-visibility-set',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['CS', 'EXT'], basis: 'guidance' },
	description: 'Every parameter should set x-ms-visibility.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		// Each parameter once, where its content is: a shared `#/parameters/x` is reported at its definition.
		for (const parameter of context.swagger!.uniqueParameters()) {
			// An MCP endpoint's JSON-RPC body is never shown in a designer (docs/mcp-connectors.md).
			if (parameter.value && parameter.value['x-ms-visibility'] === undefined && !isMcpTransportParameter(context.swagger!, parameter)) {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'x-ms-visibility'],
					target: 'missing',
					message: withSubject('The parameter does not set "x-ms-visibility": choose important, advanced or internal.', subjectOf(context.swagger, parameter.definitionPath)),
					data: { name: parameter.name, in: parameter.in },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const parameter = valueAtPath(doc.value, finding.path.slice(0, -1));
		if (!isObject(parameter)) {
			return undefined;
		}
		// What the designer does by default, made explicit: required fields up front, optional ones under advanced.
		const visibility = parameter.required === true || parameter.in === 'path' ? 'important' : 'advanced';
		return {
			title: `Set "x-ms-visibility": "${visibility}"`,
			edits: setValue(doc, finding.path, visibility, { after: firstPresent(parameter, ['description', 'x-ms-summary', 'name']) }),
			placeholder: visibility,
			requiresAuthor: true,
		};
	},
});
