/**
 * What a rule's severity rests on. A severity is a promise: `error` means Microsoft's validator or certification
 * review rejects the connector; anything Microsoft demonstrably lets through, or words as "should", is a warning at
 * most. Every rule names its sources and the reason for its severity; `npm run rules:index` turns them, with the
 * numbers measured on the dev corpus (docs/rules/evidence.json), into the Evidence section of the rule's page.
 */
import type { Severity } from './types';

export interface Source {
	readonly title: string;
	readonly url: string;
	/** When the text we rely on was published or read: a page's ms.date, a thread's date, a repository snapshot. */
	readonly date: string;
}

const LEARN = 'https://learn.microsoft.com/connectors/custom-connectors';
const REPO = 'https://github.com/microsoft/PowerPlatformConnectors';
const SNAPSHOT = '2024-10-23 (commit 8bff86e)';
const thread = (number: number, date: string, what: string): Source => ({ title: `PowerPlatformConnectors #${number}: ${what}`, url: `${REPO}/pull/${number}`, date });

/** Microsoft's public material, and the few other texts a rule rests on. Keys are what rules cite. */
export const SOURCES = {
	SVR: { title: 'Swagger Validator rules (Microsoft Learn)', url: `${LEARN}/certification-swagger-validator-rules`, date: '2022-09-14' },
	CS: { title: 'Certification submission guidelines (Microsoft Learn)', url: `${LEARN}/certification-submission`, date: '2023, live page read 2025' },
	SFC: { title: 'Submit your connector for certification (Microsoft Learn)', url: `${LEARN}/submit-for-certification`, date: '2023' },
	SC: { title: 'Get your connector certified (Microsoft Learn)', url: `${LEARN}/submit-certification`, date: '2023' },
	IP: { title: 'Independent publisher certification (Microsoft Learn)', url: `${LEARN}/certification-submission-ip`, date: '2023' },
	UPD: { title: 'Certification updates (Microsoft Learn)', url: `${LEARN}/certification-updates`, date: '2023' },
	STR: { title: 'Connector string guidance (Microsoft Learn)', url: `${LEARN}/connector-string-guidance`, date: '2023' },
	COD: { title: 'Coding standards for custom connectors (Microsoft Learn)', url: `${LEARN}/coding-standards`, date: '2023' },
	EXT: { title: 'OpenAPI extensions for custom connectors (Microsoft Learn)', url: `${LEARN}/openapi-extensions`, date: '2023' },
	TC: { title: 'Test connection in custom connectors (Microsoft Learn)', url: `${LEARN}/test-connection`, date: '2023' },
	WH: { title: 'Create a webhook trigger (Microsoft Learn)', url: `${LEARN}/create-webhook-trigger`, date: '2023' },
	PT: { title: 'Create a polling trigger (Microsoft Learn)', url: `${LEARN}/create-polling-trigger`, date: '2023' },
	DEP: { title: 'Deprecate an operation (Microsoft Learn)', url: `${LEARN}/deprecate-operation`, date: '2023' },
	VER: { title: 'Operational versioning (Microsoft Learn)', url: `${LEARN}/operational-versioning`, date: '2023' },
	CP: { title: 'Connection parameters (Microsoft Learn)', url: `${LEARN}/connection-parameters`, date: '2023' },
	MA: { title: 'Multiple authentication types (Microsoft Learn)', url: `${LEARN}/multi-auth`, date: '2023' },
	CC: { title: 'Write code in a custom connector (Microsoft Learn)', url: `${LEARN}/write-code`, date: '2023' },
	POL: { title: 'Certification policy errors (Microsoft Learn)', url: `${LEARN}/certification-policy-errors`, date: 'live page read 2024' },
	README: { title: 'PowerPlatformConnectors README', url: `${REPO}/blob/dev/README.md`, date: SNAPSHOT },
	PRT: { title: 'PowerPlatformConnectors pull request template', url: `${REPO}/blob/dev/.github/pull_request_template.md`, date: SNAPSHOT },
	TPL: { title: 'PowerPlatformConnectors readme templates', url: `${REPO}/tree/dev/templates`, date: SNAPSHOT },
	MSS: { title: 'apiDefinition.swagger.schema.json (PowerPlatformConnectors)', url: `${REPO}/blob/dev/schemas/apiDefinition.swagger.schema.json`, date: SNAPSHOT },
	APS: { title: 'paconn-apiProperties.schema.json (PowerPlatformConnectors)', url: `${REPO}/blob/dev/schemas/paconn-apiProperties.schema.json`, date: SNAPSHOT },
	CPV: { title: 'ConnectorPackageValidator.ps1 (PowerPlatformConnectors)', url: `${REPO}/blob/dev/scripts/ConnectorPackageValidator.ps1`, date: SNAPSHOT },
	PIPE: { title: 'Validation pipelines of PowerPlatformConnectors (.pipelines)', url: `${REPO}/tree/dev/.pipelines`, date: SNAPSHOT },
	CHG: {
		title: "Microsoft's breaking-change validator (ValidateChange) in swagger_validation.yml: the old and the new swagger of every update",
		url: `${REPO}/blob/dev/.pipelines/swagger_validation.yml`,
		date: SNAPSHOT,
	},
	DP: { title: 'Dev Proxy Power Platform OpenAPI generator (Microsoft)', url: 'https://github.com/dotnet/dev-proxy', date: '2025' },
	MCP: { title: 'Extend your agent with Model Context Protocol (Microsoft Copilot Studio)', url: 'https://learn.microsoft.com/microsoft-copilot-studio/agent-extend-action-mcp', date: '2025, live page read 2026' },
	MCPT: { title: 'Troubleshoot MCP servers in Copilot Studio (Microsoft Learn)', url: 'https://learn.microsoft.com/microsoft-copilot-studio/mcp-troubleshooting', date: '2025, live page read 2026' },
	MCPS: { title: 'Model Context Protocol specification: transports (Streamable HTTP)', url: 'https://modelcontextprotocol.io/specification/2025-06-18/basic/transports', date: '2025-06-18' },
	OAS2: { title: 'OpenAPI (Swagger) 2.0 specification', url: 'https://swagger.io/specification/v2/', date: '2014-09-08' },
	JSON: { title: 'RFC 8259, The JSON Data Interchange Format', url: 'https://www.rfc-editor.org/rfc/rfc8259', date: '2017-12' },
	PR550: thread(550, '2020-11-10', "validator: The 'x-ms-summary' property is required; The 'description' value must be between '30' and '500' characters"),
	PR609: thread(609, '2020-12-11', "validator: The 'summary' property is required"),
	PR683: thread(683, '2021-02-06', "paconn validate: The 'contact' property is required; The 'x-ms-connector-metadata' property is required"),
	PR1095: thread(1095, '2021-09-09', "validator: restricted characters in summary; The 'contact' property is required"),
	PR1658: thread(1658, '2022-05-18', "validator: The 'x-ms-summary' property is required on query parameters"),
	PR2551: thread(2551, '2023-05-09', 'reviewer: schema is not allowed within the default response'),
	PR3035: thread(3035, '2023-10-25', 'reviewer: change redirectMode from Global to GlobalPerConnector'),
	PR3162: thread(3162, '2024-02-21', 'reviewer: GlobalPerConnector is now in the public documentation'),
	PR3255: thread(3255, '2024-02-23', 'the apiProperties validator still rejects GlobalPerConnector (valid values: Global, Direct)'),
	PR3407: thread(3407, '2024-04-23', "validator: title length, restricted words, x-ms-summary and description required on path parameters"),
	PR3408: thread(3408, '2024-04-24', "reviewer: The 'description' property is required on an operation"),
	PR3810: thread(3810, '2025-04-14', 'validator log with rule ids: error DefaultResponseHasSchema'),
	PR3841: thread(3841, '2025-05-13', "validator: The 'description' property is required (info); the default response should not have schema"),
	PR3975: thread(3975, '2025-09-01', "validator: The 'x-ms-summary' property is required on query parameters; default response schema"),
	PR4041: thread(4041, '2025-11-18', "validator: The 'x-ms-summary' property is required on query parameters"),
	PR4077: thread(4077, '2026-02-10', "validator: The connector metadata property 'Categories' is required"),
	PR4160: thread(4160, '2026-04-02', "validator: The 'description' property is required on a path parameter"),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** Why a rule has its severity: the severity model of README.md and docs/rules/README.md, one reason per rule. */
export type SeverityBasis =
	| 'validator-rejects'
	| 'change-validator-rejects'
	| 'platform-rejects'
	| 'certification-must'
	| 'should'
	| 'validator-lets-through'
	| 'reviewers-let-through'
	| 'heuristic'
	| 'guidance';

export interface SeverityBasisSpec {
	/** The severities a rule with this basis may have. */
	readonly severities: readonly Severity[];
	/** One sentence for the rule page. */
	readonly text: string;
}

export const SEVERITY_BASES: Readonly<Record<SeverityBasis, SeverityBasisSpec>> = {
	'validator-rejects': {
		severities: ['error'],
		text: "Microsoft's Swagger Validator rejects it: its message says the definition must or cannot do this, and the pull-request pipeline fails on it.",
	},
	'change-validator-rejects': {
		severities: ['error'],
		text: "Microsoft's breaking-change validator, run on the old and the new swagger of every update's pull request, fails the update on it.",
	},
	'platform-rejects': {
		severities: ['error'],
		text: 'The connector cannot be imported or cannot work at all: the platform refuses the file or the setting outright.',
	},
	'certification-must': {
		severities: ['error'],
		text: "Microsoft's certification pages or policy say must or can't, and certified connectors follow it.",
	},
	should: {
		severities: ['warning', 'information', 'hint'],
		text: "Microsoft's wording is should, not must: a recommendation the validator and reviewers do not enforce.",
	},
	'validator-lets-through': {
		severities: ['warning', 'information', 'hint'],
		text: "Microsoft's validator reports it, but swaggers it accepted have it, so it does not block certification.",
	},
	'reviewers-let-through': {
		severities: ['warning', 'information', 'hint'],
		text: 'The certification checklist or reviewers ask for it, but certified connectors were accepted without it.',
	},
	heuristic: {
		severities: ['warning', 'information', 'hint'],
		text: 'No Microsoft rule: our own check for a likely mistake, so never an error.',
	},
	guidance: {
		severities: ['information', 'hint'],
		text: "Style and polish from Microsoft's guidance: never a reason for rejection.",
	},
};

export interface RuleEvidence {
	readonly sources: readonly SourceId[];
	readonly basis: SeverityBasis;
	/** How the rule was calibrated against what Microsoft accepted, when that changed it (one or two sentences). */
	readonly note?: string;
}
