import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';
import { subjectOf, withSubject } from '../shared/subject';

/** SVR RequiredPropertyNotOnObject: a `required` list belongs on an object schema. */
export default defineRule({
	id: 'required-property-not-on-object',
	msCode: 'RequiredPropertyNotOnObject',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the keyword should be removed, and a swagger the validator accepted in 2023 has required on an array schema.",
	},
	description: "A 'required' list is only allowed on schemas of type 'object'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const type = node.value.type;
			// Without a `type` the schema may well be an object (one with `properties` usually is): not judged.
			if (node.kind !== 'schema' || !Array.isArray(node.value.required) || typeof type !== 'string' || type === 'object') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...node.path, 'required'],
				target: 'key',
				message: withSubject("The property 'required' is applicable to schemas with 'object' type only and should be removed.", subjectOf(context.swagger, node.path)),
				data: { type },
			});
		}
	},
});
