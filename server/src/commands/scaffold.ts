/**
 * `connector-certify intro|readme <folder> [--force]`: writes a Markdown file rendered from the connector beside it,
 * never over an existing one (in any case) unless forced.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ApiPropertiesModel } from '../core/apiProperties';
import { SwaggerModel } from '../core/swagger';
import { writeFileAtomic } from '../host/atomicWrite';
import { connectorInFolder, loadConnector } from '../host/nodeConnector';
import { introTemplate } from '../package/intro';
import { readmeTemplate } from '../package/readme';
import { InputError } from './check';

export type ScaffoldFile = 'intro.md' | 'readme.md';

const TEMPLATES: Record<ScaffoldFile, (swagger: SwaggerModel | undefined, apiProperties: ApiPropertiesModel | undefined) => string> = {
	'intro.md': introTemplate,
	'readme.md': readmeTemplate,
};

export async function runScaffold(fileName: ScaffoldFile, target: string, force: boolean, cwd: string): Promise<{ file: string; written: boolean }> {
	const folder = path.resolve(cwd, target);
	const stat = await fs.stat(folder).catch(() => undefined);
	const connector = stat?.isDirectory() ? await connectorInFolder(folder) : undefined;
	if (!connector) {
		throw new InputError(`cannot write ${fileName} for "${target}": not a connector folder.`);
	}
	// Any existing spelling counts (README.md or Intro.md on a case-sensitive disk is still the author's file).
	const existing = (connector.entries ?? []).find((name) => name.toLowerCase() === fileName);
	const file = path.join(folder, existing ?? fileName);
	if (existsSync(file) && !force) {
		return { file, written: false };
	}
	const { input } = await loadConnector(connector);
	const swagger = input.swagger && !input.swagger.doc.fatal ? new SwaggerModel(input.swagger.doc) : undefined;
	const apiProperties = input.apiProperties && !input.apiProperties.doc.fatal ? new ApiPropertiesModel(input.apiProperties.doc) : undefined;
	await writeFileAtomic(file, TEMPLATES[fileName](swagger, apiProperties));
	return { file, written: true };
}
