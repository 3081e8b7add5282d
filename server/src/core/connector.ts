/**
 * What makes a folder a connector, by its file names. Names match case-insensitively: upstream has
 * `apidefinition.swagger.json`, and Windows authors do not see case.
 */

export type FileKind = 'swagger' | 'apiProperties';

export const CANONICAL_FILE_NAMES: Readonly<Record<FileKind, string>> = {
	swagger: 'apiDefinition.swagger.json',
	apiProperties: 'apiProperties.json',
};

/** The kind of a connector file from its base name: the canonical names, or any `*.swagger.json` as a definition. */
export function fileKindOf(baseName: string): FileKind | undefined {
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
		return { swagger: canonical, apiProperties };
	}
	if (!apiProperties) {
		return undefined;
	}
	const swaggers = baseNames.filter((name) => name.toLowerCase().endsWith('.swagger.json'));
	return { swagger: swaggers.length === 1 ? swaggers[0] : undefined, apiProperties };
}

/** True when a folder path lies under the open-source repository's `independent-publisher-connectors` tree. */
export function isIndependentPublisherPath(folderPath: string): boolean {
	return folderPath.split(/[\\/]/).some((segment) => segment.toLowerCase() === 'independent-publisher-connectors');
}
