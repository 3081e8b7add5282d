import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { dropdownSources } from './_dropdowns';

/** A field whose dynamic values come from the `file-picker` capability needs `x-ms-dynamic-tree` to browse files. */
export default defineRule({
	id: 'dynamic-tree-extension-missing',
	msCode: 'DynamicTreeExtensionMissing',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A dynamic values field with the file-picker capability must also define x-ms-dynamic-tree.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dropdownSources(context.swagger!)) {
			if (occurrence.value.capability !== 'file-picker' || occurrence.host.value['x-ms-dynamic-tree'] !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...occurrence.path, 'capability'],
				message: "The 'x-ms-dynamic-tree' extension must be defined to enable file picker support.",
				data: { hostPath: occurrence.host.path },
			});
		}
	},
});
