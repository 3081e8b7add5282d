/** The security definitions the two security-scheme-property rules judge, each with its type's field rules. */
import type { JsonPath } from '../../core/json';
import type { JsonObject, SwaggerModel } from '../../core/swagger';
import { schemeFieldRules } from '../shared/schemaLimits';

export interface SchemeWithFieldRules {
	readonly path: JsonPath;
	readonly value: JsonObject;
	/** What the definition's `type` needs and allows. */
	readonly rules: NonNullable<ReturnType<typeof schemeFieldRules>>;
}

/** The security definitions whose `type` is one Swagger 2.0 defines; any other has no field rules to check. */
export function schemesWithFieldRules(swagger: SwaggerModel): SchemeWithFieldRules[] {
	return swagger.securityDefinitions().flatMap(({ path, value }) => {
		const rules = value ? schemeFieldRules(value) : undefined;
		return value && rules ? [{ path, value, rules }] : [];
	});
}
