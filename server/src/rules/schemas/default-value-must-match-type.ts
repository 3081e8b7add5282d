import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isCheckableType, typeNameOf, valueMatchesType } from './_keywords';
import { typedNodes } from '../shared/typedNodes';
import { subjectOf, withSubject } from '../shared/subject';

/** SVR DefaultValueMustMatchType: a `default` is a JSON value of the declared `type` (an integer is a number). */
export default defineRule({
	id: 'default-value-must-match-type',
	msCode: 'DefaultValueMustMatchType',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the default should match the type, and swaggers the validator accepted in 2023 and 2024 give booleans and integers string defaults (\"true\", \"1\").",
	},
	description: "A 'default' value must be of the schema's or parameter's declared type.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const { type, default: value } = node.value;
			if (value === undefined || !isCheckableType(type) || valueMatchesType(value, type)) {
				continue;
			}
			const actual = typeNameOf(value);
			context.report({
				file: 'swagger',
				path: [...node.path, 'default'],
				message: withSubject(`The 'default' value is of type '${actual}', but should match the given type '${type}'.`, subjectOf(context.swagger, node.path)),
				data: { actual, expected: type, value },
			});
		}
	},
});
