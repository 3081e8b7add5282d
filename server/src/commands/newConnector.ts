/**
 * `connector-certify new <folder> --auth <kind> [--kind rest|mcp]`: creates a connector folder whose files pass every rule of the
 * certification profile except those about the icon, which only the author can draw. Never writes into a folder
 * that already holds something.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isIndependentPublisherPath } from '../core/connector';
import { writeFileAtomic } from '../host/atomicWrite';
import type { NewAuth, NewKind } from '../core/connector';
import { connectorTitleFromName, newConnectorFiles, type NewConnectorFiles } from '../package/newConnector';
import { InputError } from './check';

export type { NewAuth, NewKind };

export async function runNew(target: string, auth: NewAuth, cwd: string, kind: NewKind = 'rest'): Promise<{ folder: string; files: string[] }> {
	if (kind === 'mcp' && auth === 'basic') {
		throw new InputError('an MCP connector cannot use basic authentication: Copilot Studio lists no auth, API key and OAuth 2.0 for MCP servers (use --auth oauth2, apikey or none).');
	}
	const folder = path.resolve(cwd, target);
	const stat = await fs.stat(folder).catch(() => undefined);
	if (stat && !stat.isDirectory()) {
		throw new InputError(`cannot create a connector in "${target}": it exists and is not a folder.`);
	}
	if (stat && (await fs.readdir(folder)).length > 0) {
		throw new InputError(`cannot create a connector in "${target}": the folder is not empty.`);
	}
	const name = path.basename(folder);
	const title = connectorTitleFromName(name);
	if (!title) {
		throw new InputError(`cannot name a connector after the folder "${name}": use a folder name with English letters or digits besides API, Connector or a product name (for example "contoso-widgets").`);
	}
	const files = newConnectorFiles({ name: title, auth, kind, independentPublisher: isIndependentPublisherPath(folder) });
	await fs.mkdir(folder, { recursive: true });
	const names = Object.keys(files) as (keyof NewConnectorFiles)[];
	for (const file of names) {
		await writeFileAtomic(path.join(folder, file), files[file]);
	}
	return { folder, files: names };
}
