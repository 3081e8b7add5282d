/**
 * readme.md for the open-source repository, in the shape of its readme template (rules.md §11): the title and a short
 * paragraph, then the template's sections in order. `readmeTemplate` prefills it from a connector and leaves the
 * template's own "Required." / "Optional." prompts where only the author can write the text, so readme-placeholders
 * points at each one until it is replaced; `renderReadme` is the layout both it and `connector-certify new` use.
 */
import { isObject } from '../core/refs';
import type { ApiPropertiesModel } from '../core/apiProperties';
import type { SwaggerModel } from '../core/swagger';
import { isPlaceholderText } from '../core/metadata';
import { authKind, credentialSteps, type AuthKind } from './intro';
import { isInternal } from '../core/strings';

export type ReadmeAuth = AuthKind;

/**
 * The `##` headings, in the template's order (Frequently Asked Questions, which is optional, is left out). The
 * publisher's heading goes on with `: <name>`.
 */
export const README_HEADINGS = [
	'## Publisher',
	'## Prerequisites',
	'## Supported Operations',
	'## Obtaining Credentials',
	'## Getting Started',
	'## Known Issues and Limitations',
	'## Deployment Instructions',
] as const;

export interface ReadmeOperation {
	/** The `###` heading: the operation's summary. */
	readonly heading: string;
	/** The text under it. */
	readonly text: string;
}

export interface ReadmeContent {
	readonly title: string;
	/** The paragraph under the title. */
	readonly intro: string;
	readonly publisher: string;
	readonly prerequisites: readonly string[];
	readonly operations: readonly ReadmeOperation[];
	/** Shapes Obtaining Credentials and the deployment command. */
	readonly auth: ReadmeAuth;
	/** The service's name in the credential steps. */
	readonly service: string;
	readonly gettingStarted: readonly string[];
	readonly knownIssues: readonly string[];
}

/** The credentials section always exists in the readme (the template requires it), anonymous connectors included. */
function credentialLines(auth: ReadmeAuth, service: string): string[] {
	return credentialSteps(auth, service) ?? ['This connector uses no authentication: connections need no credentials.'];
}

function deploymentLines(auth: ReadmeAuth): string[] {
	const oauth = auth === 'oauth2';
	return [
		'Deploy this connector as a custom connector with the [Power Platform Connectors CLI](https://learn.microsoft.com/connectors/custom-connectors/paconn-cli):',
		'',
		'1. Install the CLI with `pip install paconn` and sign in with `paconn login`.',
		...(oauth
			? [
					'2. Put your app\'s client ID in `apiProperties.json` in place of `[[DUMMY]]` (do not commit it).',
					'3. Run `paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json --icon icon.png --secret <client secret>` in this folder.',
				]
			: ['2. Run `paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json --icon icon.png` in this folder.']),
	];
}

/** The readme text for `content`, with a final newline. */
export function renderReadme(content: ReadmeContent): string {
	const [publisher, prerequisites, operations, credentials, gettingStarted, knownIssues, deployment] = README_HEADINGS;
	const lines = [`# ${content.title}`, content.intro, '', `${publisher}: ${content.publisher}`, '', prerequisites, ...content.prerequisites, '', operations];
	for (const operation of content.operations) {
		lines.push(`### ${operation.heading}`, operation.text, '');
	}
	lines.push(
		credentials,
		...credentialLines(content.auth, content.service),
		'',
		gettingStarted,
		...content.gettingStarted,
		'',
		knownIssues,
		...content.knownIssues,
		'',
		deployment,
		...deploymentLines(content.auth),
		'',
	);
	return lines.join('\n');
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The operations users see, in document order: paths in order, and each path's methods as the file lists them. */
function visibleOperations(swagger: SwaggerModel): ReadmeOperation[] {
	const paths = isObject(swagger.root.paths) ? swagger.root.paths : {};
	const pathOrder = Object.keys(paths);
	const methodIndex = (pathKey: string, method: string) => {
		const item = paths[pathKey];
		return isObject(item) ? Object.keys(item).indexOf(method) : 0;
	};
	return swagger
		.operations()
		// Internal operations (dynamic-value helpers, the test-connection call) never appear to users.
		.filter((operation) => !isInternal(operation.value))
		.map((operation, index) => ({ operation, index }))
		.sort((a, b) => pathOrder.indexOf(a.operation.pathKey) - pathOrder.indexOf(b.operation.pathKey) || methodIndex(a.operation.pathKey, a.operation.method) - methodIndex(b.operation.pathKey, b.operation.method) || a.index - b.index)
		.map(({ operation }) => ({
			// A heading is one line, whatever line breaks the summary holds.
			heading: (text(operation.value.summary) ?? operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`).replace(/\s+/g, ' '),
			text: text(operation.value.description)?.replace(/\r\n?/g, '\n') ?? 'Required. Describe what this operation does and what it returns.',
		}));
}

/** The readme template prefilled from a connector; either file may be missing or unparsable. */
export function readmeTemplate(swagger: SwaggerModel | undefined, apiProperties: ApiPropertiesModel | undefined): string {
	const info = swagger && isObject(swagger.root.info) ? swagger.root.info : {};
	const title = text(info.title);
	const publisherValue = text(apiProperties?.properties.publisher);
	const publisher = publisherValue && !isPlaceholderText(publisherValue) ? publisherValue : "Publisher's Name";
	const service = title ?? 'the service';
	const operations = swagger ? visibleOperations(swagger) : [];
	return renderReadme({
		// The template's own placeholders stand in for what the connector cannot tell.
		title: title ?? 'Title',
		intro: `Required. One paragraph, two to three sentences about ${service} and what this connector lets users do with it.`,
		publisher,
		prerequisites: [
			'Required. List any plans, licences or tools users need besides an account.',
			'',
			`- An account with ${service}.`,
		],
		operations: operations.length > 0 ? operations : [{ heading: 'Operation 1', text: 'Description of operation 1.' }],
		auth: authKind(swagger, apiProperties),
		// Without a title the steps say "their service account", "the service developer portal".
		service: title ?? 'service',
		gettingStarted: ['Optional. Describe a first flow or app that uses the connector, step by step.'],
		knownIssues: ['Required. List the limits (throttling, sizes) and behaviours users may run into.'],
	});
}
