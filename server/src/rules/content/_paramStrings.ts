/**
 * The `x-ms-summary` and `description` every parameter should carry, split by who enforces them. Microsoft's
 * validator reports a missing one (`The 'x-ms-summary' property is required.`) on the parameters a user fills in:
 * not body parameters, not internal ones, not those of internal operations; swaggers it accepted have thousands of
 * those without. The certification checklist still asks for them on every parameter, so the rest is a warning.
 */
import { valueAtPath } from '../../core/refs';
import type { ParameterInfo, SwaggerModel } from '../../core/swagger';
import { subjectOf, withSubject } from '../shared/subject';
import { setValue } from '../../engine/edits';
import type { FixContext, FixProposal, RuleContext } from '../../engine/types';
import { firstPresent, parameterDescription, titleFromName } from '../../core/wording';
import { parameterDisplay, textValue } from '../../core/strings';
import { isMcpTransportParameter } from '../shared/mcp';

export type ParameterStringKey = 'x-ms-summary' | 'description';

/**
 * Who checks a parameter's strings: `validator` for the fields a user fills in (path, query, header, formData of a
 * visible operation); `checklist` for hidden parameters and for a body the designer shows as one field. A body whose
 * schema unfolds into properties has its strings on those properties and is in neither.
 */
export function parameterStringScope(context: RuleContext, parameter: ParameterInfo): 'validator' | 'checklist' | undefined {
	// An MCP endpoint's body is the JSON-RPC message Copilot Studio writes, never a field (docs/mcp-connectors.md).
	if (isMcpTransportParameter(context.swagger!, parameter)) {
		return undefined;
	}
	const display = parameterDisplay(context.swagger!, parameter);
	if (display === 'properties') {
		return undefined;
	}
	return display === 'field' && parameter.value?.in !== 'body' ? 'validator' : 'checklist';
}

/** Reports each parameter in `scope` whose `key` is missing or blank; `message` words the finding. */
export function reportMissingParameterString(
	context: RuleContext,
	key: ParameterStringKey,
	scope: 'validator' | 'checklist',
	message: (parameter: ParameterInfo) => string,
): void {
	// Each parameter once, where its content is: a shared `#/parameters/x` is reported at its definition.
	for (const parameter of context.swagger!.uniqueParameters()) {
		const value = parameter.value;
		if (!value || textValue(value[key]) !== undefined || parameterStringScope(context, parameter) !== scope) {
			continue;
		}
		context.report({
			file: 'swagger',
			path: [...parameter.definitionPath, key],
			target: value[key] === undefined ? 'missing' : 'value',
			message: message(parameter),
			data: { name: parameter.name, in: parameter.in },
		});
	}
}

const FIELD_ROLE: Readonly<Record<ParameterStringKey, string>> = { 'x-ms-summary': 'label', description: 'tooltip' };

/** The checklist rules' message: what the string is for on a body field, or that the checklist asks for it; then where the parameter is. */
export function checklistMessage(swagger: SwaggerModel, parameter: ParameterInfo, key: ParameterStringKey): string {
	const message =
		parameter.value?.in === 'body'
			? `The body parameter '${parameter.name ?? 'body'}' has no '${key}', the ${FIELD_ROLE[key]} of its field in the designer.`
			: `The hidden parameter '${parameter.name ?? ''}' has no '${key}'; the certification checklist asks for one on every parameter.`;
	return withSubject(message, subjectOf(swagger, parameter.definitionPath));
}

/** Adds the parameter's name in title case as its `x-ms-summary`, after `name`; replaces a blank one in place. */
export function fixParameterSummary({ finding, doc }: FixContext): FixProposal | undefined {
	const name = finding.data?.name;
	const summary = typeof name === 'string' ? titleFromName(name) : '';
	if (summary === '') {
		return undefined;
	}
	return { title: `Add the x-ms-summary "${summary}"`, edits: setValue(doc, finding.path, summary, { after: 'name' }), placeholder: summary, requiresAuthor: true };
}

/** Adds a description sentence built from the display name, after the display name it explains. */
export function fixParameterDescription({ finding, doc }: FixContext): FixProposal | undefined {
	const parameter = valueAtPath(doc.value, finding.path.slice(0, -1));
	const summary = textValue((parameter as Record<string, unknown> | undefined)?.['x-ms-summary']);
	const name = finding.data?.name;
	const displayName = summary ?? (typeof name === 'string' ? titleFromName(name) : '');
	const description = parameterDescription(displayName);
	return {
		title: `Add the description "${description}"`,
		edits: setValue(doc, finding.path, description, { after: firstPresent(parameter, ['x-ms-summary', 'name']) }),
		placeholder: description,
		requiresAuthor: true,
	};
}
