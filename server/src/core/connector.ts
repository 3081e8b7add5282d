/**
 * What makes a folder a connector, by its file names. Names match case-insensitively: upstream has
 * `apidefinition.swagger.json`, and Windows authors do not see case.
 */

/** The two JSON files every rule model is built from. */
export type JsonFileKind = 'swagger' | 'apiProperties';
/**
 * Files beside them that some rules read: the icon, the custom code, the open-source readme and the Partner Center
 * intro.md.
 */
export type ArtifactKind = 'icon' | 'script' | 'readme' | 'intro';
/** The artifacts that are text (read as `TextArtifact`s, and followed live while open in the editor). */
export type TextArtifactKind = Exclude<ArtifactKind, 'icon'>;
export type FileKind = JsonFileKind | ArtifactKind;

export const JSON_FILE_KINDS: readonly JsonFileKind[] = ['swagger', 'apiProperties'];
export const ARTIFACT_KINDS: readonly ArtifactKind[] = ['icon', 'script', 'readme', 'intro'];
export const TEXT_ARTIFACT_KINDS: readonly TextArtifactKind[] = ['script', 'readme', 'intro'];
export const FILE_KINDS: readonly FileKind[] = [...JSON_FILE_KINDS, ...ARTIFACT_KINDS];

export const CANONICAL_FILE_NAMES: Readonly<Record<FileKind, string>> = {
	swagger: 'apiDefinition.swagger.json',
	apiProperties: 'apiProperties.json',
	icon: 'icon.png',
	script: 'script.csx',
	readme: 'readme.md',
	intro: 'intro.md',
};

export function isJsonFileKind(kind: FileKind): kind is JsonFileKind {
	return kind === 'swagger' || kind === 'apiProperties';
}

export function isTextArtifactKind(kind: FileKind): kind is TextArtifactKind {
	return kind === 'script' || kind === 'readme' || kind === 'intro';
}

/**
 * The artifact a base name is, matched case-insensitively (upstream has `README.md` and `Readme.md`; Partner Center
 * submissions have both `intro.md` and `Intro.md`, rules.md §12 item 10).
 */
export function artifactKindOf(baseName: string): ArtifactKind | undefined {
	const lower = baseName.toLowerCase();
	return ARTIFACT_KINDS.find((kind) => CANONICAL_FILE_NAMES[kind] === lower);
}

/** The kind of a connector JSON file from its base name: the canonical names, or any `*.swagger.json` as a definition. */
export function fileKindOf(baseName: string): JsonFileKind | undefined {
	const lower = baseName.toLowerCase();
	if (lower === 'apiproperties.json') {
		return 'apiProperties';
	}
	if (lower.endsWith('.swagger.json')) {
		return 'swagger';
	}
	return undefined;
}

export interface ConnectorFileNames {
	readonly swagger?: string;
	readonly apiProperties?: string;
	readonly icon?: string;
	readonly script?: string;
	readonly readme?: string;
	readonly intro?: string;
}

function artifactNames(baseNames: readonly string[]): Partial<Record<ArtifactKind, string>> {
	const names: Partial<Record<ArtifactKind, string>> = {};
	for (const name of baseNames) {
		const kind = artifactKindOf(name);
		// The exact canonical spelling wins over a differently cased twin (possible on case-sensitive disks).
		if (kind && (!names[kind] || name === CANONICAL_FILE_NAMES[kind])) {
			names[kind] = name;
		}
	}
	return names;
}

/**
 * Picks a connector's files from the base names in one folder: `apiDefinition.swagger.json` (any case) and
 * `apiProperties.json`. When the canonical definition is missing but `apiProperties.json` sits beside exactly one
 * `*.swagger.json`, that file is the definition (one upstream connector names it `De-Lijn-Zoek.swagger.json`).
 * Returns undefined when the folder is not a connector.
 */
export function findConnectorFiles(baseNames: readonly string[]): ConnectorFileNames | undefined {
	const apiProperties = baseNames.find((name) => name.toLowerCase() === 'apiproperties.json');
	const canonical = baseNames.find((name) => name.toLowerCase() === 'apidefinition.swagger.json');
	if (canonical) {
		return { swagger: canonical, apiProperties, ...artifactNames(baseNames) };
	}
	if (!apiProperties) {
		return undefined;
	}
	const swaggers = baseNames.filter((name) => name.toLowerCase().endsWith('.swagger.json'));
	return { swagger: swaggers.length === 1 ? swaggers[0] : undefined, apiProperties, ...artifactNames(baseNames) };
}

/** True when a folder path lies under the open-source repository's `independent-publisher-connectors` tree. */
export function isIndependentPublisherPath(folderPath: string): boolean {
	return folderPath.split(/[\\/]/).some((segment) => segment.toLowerCase() === 'independent-publisher-connectors');
}

/** The authentication a new connector can be created with (`connector-certify new --auth`, New Connector…). */
export type NewAuth = 'oauth2' | 'apikey' | 'basic' | 'none';

export const NEW_AUTH_KINDS: readonly NewAuth[] = ['oauth2', 'apikey', 'basic', 'none'];

/** What `new` writes: a REST connector, or an MCP server connector for Copilot Studio agents. */
export type NewKind = 'rest' | 'mcp';

export const NEW_KINDS: readonly NewKind[] = ['rest', 'mcp'];

/** The authentication an MCP connector can use: Copilot Studio lists no auth, API key and OAuth 2.0 (mcp-auth-supported). */
export const NEW_MCP_AUTH_KINDS: readonly NewAuth[] = ['oauth2', 'apikey', 'none'];
