import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isCheckableType, typeNameOf, valueMatchesType } from './_keywords';
import { typedNodes } from '../shared/typedNodes';
import { subjectOf, withSubject } from '../shared/subject';

/** SVR InvalidEnumValue: every `enum` item is a JSON value of the declared `type`. */
export default defineRule({
	id: 'invalid-enum-value',
	msCode: 'InvalidEnumValue',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the value should be of the schema's type, and a swagger the validator accepted in 2022 lists \"true\" and \"false\" as strings for a boolean.",
	},
	description: "Every 'enum' value must be of the schema's or parameter's declared type.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const { type, enum: values } = node.value;
			if (!Array.isArray(values) || !isCheckableType(type)) {
				continue;
			}
			values.forEach((value, index) => {
				if (valueMatchesType(value, type)) {
					return;
				}
				const actual = typeNameOf(value);
				context.report({
					file: 'swagger',
					path: [...node.path, 'enum', index],
					// Microsoft's message names no value: the subject says which value of which enum.
					message: withSubject(`The type of the enum value is '${actual}' but it should be '${type}' as specified in the schema.`, `value ${JSON.stringify(value)} of the enum of ${subjectOf(context.swagger, node.path)}`),
					data: { actual, expected: type, value },
				});
			});
		}
	},
});
