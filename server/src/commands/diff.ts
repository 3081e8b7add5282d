/**
 * What `diff` does between the arguments and the formatter: read the old and the new version of a connector (each a
 * connector folder or one swagger file), and run the breaking-change rules on the new one with the old one as its
 * previous version. Findings point into the new files. Reads only; nothing is written anywhere.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileKindOf, JSON_FILE_KINDS, type JsonFileKind } from '../core/connector';
import { check, textArtifact, updateOf, type EngineConfig, type ParsedFile } from '../engine/index';
import { connectorInFolder, readParsed, readRegularFile } from '../host/nodeConnector';
import { RULES } from '../rules/index';
import { describeFsError, displayPath, InputError, reportedFinding, type CheckedFile, type CheckRun } from './check';

/** The rules `diff` runs: those that compare with a previous version. */
export const CHANGE_RULES = RULES.filter((rule) => rule.comparesVersions);

interface Side {
	readonly files: Partial<Record<JsonFileKind, { readonly path: string; readonly parsed: ParsedFile }>>;
	/** script.csx's text for a folder (null when it has none); undefined for a single file, which says nothing of it. */
	readonly script?: string | null;
}

/** A side of the comparison: a connector folder (both its files), or one file (a swagger unless it is apiProperties.json). */
async function readSide(arg: string, cwd: string, which: 'old' | 'new'): Promise<Side> {
	const absolute = path.resolve(cwd, arg);
	let stat;
	try {
		stat = await fs.stat(absolute);
	} catch (error) {
		throw new InputError(`cannot read the ${which} version "${arg}": ${describeFsError(error)}.`);
	}
	const paths: Partial<Record<JsonFileKind, string>> = {};
	let script: string | null | undefined;
	if (stat.isDirectory()) {
		const connector = await connectorInFolder(absolute).catch((error: unknown) => {
			throw new InputError(`cannot read the ${which} version "${arg}": ${describeFsError(error)}.`);
		});
		if (!connector?.paths.swagger && !connector?.paths.apiProperties) {
			throw new InputError(`the ${which} version "${arg}" is not a connector folder (no apiDefinition.swagger.json or apiProperties.json in it).`);
		}
		for (const kind of JSON_FILE_KINDS) {
			if (connector.paths[kind]) {
				paths[kind] = connector.paths[kind];
			}
		}
		// Read like the connector's other files: a named pipe called script.csx must not hang the comparison.
		const bytes = connector.paths.script ? readRegularFile(connector.paths.script) : null;
		script = bytes === null ? null : typeof bytes === 'string' ? undefined : textArtifact('script.csx', bytes).text;
	} else if (stat.isFile()) {
		// Any name: the two sides of a comparison are often old.json and new.json.
		paths[fileKindOf(path.basename(absolute)) === 'apiProperties' ? 'apiProperties' : 'swagger'] = absolute;
	} else {
		throw new InputError(`the ${which} version "${arg}" is not a file or folder.`);
	}
	const files: Side['files'] = {};
	for (const kind of JSON_FILE_KINDS) {
		const file = paths[kind];
		if (!file) {
			continue;
		}
		const parsed = await readParsed(file);
		if (typeof parsed === 'string') {
			throw new InputError(`cannot read the ${which} version's "${displayPath(file, cwd, 'native')}": ${parsed.slice(file.length + 2)}.`);
		}
		if (parsed.doc.fatal) {
			throw new InputError(`cannot compare: the ${which} version's "${displayPath(file, cwd, 'native')}" is not valid JSON (check it first).`);
		}
		files[kind] = { path: file, parsed };
	}
	return { files, script };
}

/** Reads both versions and reports what the new one breaks. Throws `InputError` when a side cannot be read or compared. */
export async function runDiff(oldArg: string, newArg: string, config: EngineConfig, options: { cwd: string }): Promise<CheckRun> {
	const before = await readSide(oldArg, options.cwd, 'old');
	const after = await readSide(newArg, options.cwd, 'new');
	const problems: string[] = [];
	const result = check(
		CHANGE_RULES,
		{
			swagger: after.files.swagger?.parsed,
			apiProperties: after.files.apiProperties?.parsed,
			previous: { swagger: before.files.swagger?.parsed, apiProperties: before.files.apiProperties?.parsed },
		},
		config,
		{
			onRuleError: (ruleId, error) => {
				const message = error instanceof Error ? error.message : String(error);
				problems.push(`internal error: rule ${ruleId} failed comparing "${oldArg}" with "${newArg}": ${message.split('\n')[0]}`);
			},
		},
	);
	const files: CheckedFile[] = [];
	for (const kind of JSON_FILE_KINDS) {
		const file = after.files[kind];
		if (file) {
			files.push({ absolutePath: file.path, kind, lineCount: file.parsed.doc.lines.lineCount, findings: result.findings[kind].map(reportedFinding) });
		}
	}
	const update = updateOf(
		{ swagger: before.files.swagger?.parsed, apiProperties: before.files.apiProperties?.parsed },
		before.script,
		{ swagger: after.files.swagger?.parsed, apiProperties: after.files.apiProperties?.parsed },
		after.script,
	);
	const against = displayPath(path.resolve(options.cwd, oldArg), options.cwd, 'native');
	const updates = update ? [{ absolutePath: path.resolve(options.cwd, newArg), against, update }] : [];
	return { files, connectors: 1, problems, updates };
}
