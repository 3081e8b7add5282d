import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { typedNodes } from '../shared/typedNodes';

/**
 * `"x-ms-editor": "dictionary"` makes the designer show a key/value editor, which only fits an object that accepts
 * arbitrary keys (SVR "Response": InvalidCustomEditorExtensionDictionaryValue). A schema without `type` but with
 * `properties` or `additionalProperties` is an object too.
 */
export default defineRule({
	id: 'invalid-custom-editor-extension-dictionary-value',
	msCode: 'InvalidCustomEditorExtensionDictionaryValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The 'dictionary' editor is only for object schemas that allow additional properties.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const value = node.value;
			if (value['x-ms-editor'] !== 'dictionary') {
				continue;
			}
			const additional = value.additionalProperties;
			const isObjectSchema = value.type === 'object' || (value.type === undefined && (isObject(additional) || additional === true || isObject(value.properties)));
			if (!isObjectSchema || additional === false) {
				context.report({
					file: 'swagger',
					path: [...node.path, 'x-ms-editor'],
					message: "The 'x-ms-editor' extension can be specified as 'dictionary' only for schema with type object and additional properties allowed.",
					data: { type: value.type, additionalProperties: additional === false ? false : undefined },
				});
			}
		}
	},
});
