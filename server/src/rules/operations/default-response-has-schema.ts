import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { subjectOf, withSubject } from '../shared/subject';

/** A `default` response with a `schema`: outputs belong to the expected (status code) responses. */
export default defineRule({
	id: 'default-response-has-schema',
	msCode: 'DefaultResponseHasSchema',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR', 'CS', 'PR2551', 'PR3810', 'PR3841', 'PR3975'],
		basis: 'validator-lets-through',
		note: "Microsoft's message says the default response should not have a schema, and nine swaggers the validator accepted from 2021 to 2024 have one.",
	},
	description: "The 'default' response must not have a schema.",
	fixable: false,
	defersTo: ['response-not-default-only'],
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			for (const response of swagger.responses(operation)) {
				if (response.status !== 'default' || response.value?.schema === undefined) {
					continue;
				}
				context.report({
					file: 'swagger',
					// A shared response may also serve as a 200 elsewhere: point at this use, not at the definition.
					path: response.ref === undefined ? [...response.path, 'schema'] : response.path,
					target: 'key',
					message: withSubject("The 'default' response should not have schema definition. Schemas should be defined on expected responses only.", subjectOf(swagger, response.path)),
					data: { operationId: operation.operationId, ref: response.ref },
				});
			}
		}
	},
});
