import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { looksSecret } from './_connectionParameters';

/**
 * A connection parameter named like a credential (its last word is key, secret, password, token…) should be a
 * `securestring`, so the value is masked in the dialog and stored encrypted (README sample: the API key is a
 * securestring).
 */
export default defineRule({
	id: 'conn-param-secret-securestring',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README'], basis: 'should' },
	description: "A connection parameter named like a key, secret, password or token should be of type 'securestring'.",
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const parameter of context.apiProperties!.connectionParameters()) {
			if (parameter.type !== 'string' || !looksSecret(parameter.name)) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: [...parameter.path, 'type'],
				message: `The connection parameter '${parameter.name}' looks like a credential; make it of type 'securestring' so that its value is masked and stored encrypted.`,
				data: { name: parameter.name, type: parameter.type, expected: 'securestring' },
			});
		}
	},
});
