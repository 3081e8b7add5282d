import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { sourceFacts, targetFacts } from '../../core/dynamic';
import { targetedEntries } from './_targetedCalls';
import { subjectOf, withSubject } from '../shared/subject';

/** A required input of the invoked operation cannot be filled from an optional input of the calling operation. */
export default defineRule({
	id: 'operation-parameter-required-mismatch',
	msCode: 'OperationParameterRequiredMismatch',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Swaggers the validator accepted from 2021 to 2023 map required parameters of the invoked operation to optional ones (Microsoft's own Azure IoT Central among them), so it does not block; the dropdown stays empty until the user fills the field.",
	},
	description: 'A required parameter of the invoked operation must not be filled from an optional parameter.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { occurrence, target, entry } of targetedEntries(swagger, 'reference')) {
			if (targetFacts(swagger, target, entry.key)?.required !== true) {
				continue;
			}
			for (const source of occurrence.operations) {
				const facts = sourceFacts(swagger, source, entry);
				// An optional source with a default always has a value.
				if (facts && !facts.required && !facts.hasDefault) {
					context.report({
						file: 'swagger',
						path: entry.referencePath,
						// Microsoft's message names neither parameter: the subject says which one the call passes, and from where.
						message: withSubject(
							`The parameter is required, but an optional value is provided by operation '${source.operationId ?? ''}'. The request cannot be made until a value for this parameter is provided.`,
							`parameter '${entry.key}' of the ${occurrence.kind} of ${subjectOf(swagger, occurrence.path)}`,
						),
						data: { operationId: source.operationId, name: entry.key, reference: entry.reference },
					});
					break;
				}
			}
		}
	},
});
