import { STRICT_ONLY, defineRule } from '../../engine/types';
import { responseSchemaObjects, stringHolders, textValue } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * STR, Response: each result property has an x-ms-summary (its name in dynamic content) and a description. Only
 * properties the designer shows are checked: reachable from a response schema and not internal.
 */
export default defineRule({
	id: 'schema-property-strings',
	severity: 'warning',
	profiles: STRICT_ONLY,
	evidence: { sources: ['STR', 'README'], basis: 'should' },
	description: 'Response properties should have an x-ms-summary and a description.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const inResponses = responseSchemaObjects(swagger);
		const holders = stringHolders(swagger);
		for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
			const holder = holders[holderIndex];
			if (holder.kind !== 'property' || holder.hidden || !inResponses.has(holder.value)) {
				continue;
			}
			const missing = ['x-ms-summary', 'description'].filter((key) => textValue(holder.value[key]) === undefined);
			if (missing.length === 0) {
				continue;
			}
			const what = missing.length === 2 ? "an 'x-ms-summary' and a 'description'" : missing[0] === 'x-ms-summary' ? "an 'x-ms-summary'" : "a 'description'";
			context.report({
				file: 'swagger',
				path: [...holder.path, missing[0]],
				target: holder.value[missing[0]] === undefined ? 'missing' : 'value',
				message: withSubject(`The response property '${holder.name}' should have ${what}.`, subjectOf(swagger, holder.path)),
				data: { name: holder.name, missing },
			});
		}
	},
});
