import type { JsonPath } from '../../core/json';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { parametersOf, stringsIn } from './_policies';

/** `@connectionParameters('name')` and `@connectionParameters('name', 'default')`, either quote. */
const REFERENCE = /@connectionParameters\(\s*(['"])(.*?)\1/g;

/**
 * A policy expression `@connectionParameters('x')` reads the connection's value of parameter `x`. When no connection
 * parameter of any auth set is called `x`, the value is empty at run time (rules.md §6, §13). Names are matched
 * without regard to case: certified connectors (TranslatorV3, Impexium) rely on that.
 */
export default defineRule({
	id: 'policy-connection-param-refs',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README'], basis: 'should' },
	description: 'Connection parameters named in policy expressions should be declared in connectionParameters.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const model = context.apiProperties!;
		let declared: Set<string> | undefined;
		for (const instance of model.policyTemplateInstances()) {
			const parameters = parametersOf(instance);
			if (!parameters) {
				continue;
			}
			stringsIn(parameters, [...instance.path, 'parameters'], (text: string, path: JsonPath) => {
				if (!text.includes('@connectionParameters')) {
					return;
				}
				const reported = new Set<string>();
				for (const match of text.matchAll(REFERENCE)) {
					const name = match[2];
					declared ??= new Set(model.connectionParameters().map((parameter) => parameter.name.toLowerCase()));
					if (declared.has(name.toLowerCase()) || reported.has(name)) {
						continue;
					}
					reported.add(name);
					context.report({
						file: 'apiProperties',
						path,
						message: `The policy expression refers to the connection parameter '${name}', which is not declared in connectionParameters.`,
						data: { name, declared: model.connectionParameters().map((parameter) => parameter.name) },
					});
				}
			});
		}
	},
});
