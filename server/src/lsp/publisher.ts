/**
 * Diagnostics out to the client, unit by unit: a check's findings go to the files they are about (the definition
 * files, and the icon, script.csx, readme.md and intro.md beside them), each file under one URI, and a file that lost
 * its findings or left the unit is cleared. Each unit remembers what it published (`Unit.published`), so clearing
 * touches only its own files. Which results get here at all (the latest, still current) is the scheduler's business.
 */
import { DiagnosticSeverity, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Range } from '../core/lines';
import type { SentFinding } from './workerProtocol';
import { ARTIFACT_KINDS, JSON_FILE_KINDS, type FileKind } from '../core/connector';
import type { Logger } from './checker';
import { hostDiagnostic, HOST_CODES, toDiagnostic } from './diagnostics';
import { coveredKeys, type Job } from './jobs';
import type { PublishableOutcome } from './scheduler';
import type { Unit } from './units';
import { rangeMover, silencedBy, steadyFindings, type GoodCheck } from './steady';
import { pathKey } from './uris';
import { sameJsonValue } from '../core/refs';
import { MAX_DIAGNOSTICS_PER_FILE, type CheckResponse, type OpenFile } from './workerProtocol';
import type { UpdateKindParams } from '../protocol/commands';

export interface PublisherServices {
	/** Sends `textDocument/publishDiagnostics`. */
	send(params: PublishDiagnosticsParams): void;
	/** Sends the update kind of a connector compared with its previous version (`connectorCertify/updateKind`). */
	sendUpdate?(params: UpdateKindParams): void;
	/** The URI to publish a file on disk under. */
	uriOf(file: string): string;
	/** The folder URI of the rule pages the client ships (initializationOptions.ruleDocumentation), if it gave one. */
	docsBase(): string | undefined;
	/** Whether the editor reports JSON syntax errors in open documents itself (VS Code's JSON service), so ours would repeat them. */
	editorReportsSyntax(): boolean;
	readonly log: Logger;
	/** How long diagnostics that only moved with the typing wait to be sent (ms); 1 s unless a test says otherwise. */
	readonly settleMs?: number;
}

/** The diagnostics last sent for an open document, and the text their ranges are in. */
interface Sent {
	readonly text: string;
	readonly diagnostics: readonly Diagnostic[];
}

const SETTLE_MS = 1000;

/** Whether new diagnostics for a document are those last sent, moved by exactly the edit between the two texts (or not at all). */
function onlyMoved(sent: Sent, text: string, diagnostics: readonly Diagnostic[]): boolean {
	if (sent.diagnostics.length !== diagnostics.length) {
		return false;
	}
	const move = rangeMover(sent.text, text);
	const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
	return diagnostics.every((after, i) => {
		const before = sent.diagnostics[i];
		return sameRange(move(before.range), after.range) && sameApartFromRange(before, after);
	});
}

/**
 * Whether two diagnostics say the same apart from where they are. Compared member by member rather than as JSON text:
 * this runs for every diagnostic of an open document on each check (625 on Encodian), on the main thread.
 */
function sameApartFromRange(before: Diagnostic, after: Diagnostic): boolean {
	const keys = Object.keys(before) as (keyof Diagnostic)[];
	return keys.length === Object.keys(after).length && keys.every((key) => key === 'range' || (Object.hasOwn(after, key) && sameJsonValue(before[key], after[key])));
}

/** The rule that reports JSON syntax errors, which an editor with its own JSON service shows already. */
const JSON_SYNTAX_RULE = 'json-syntax';

export class DiagnosticsPublisher {
	readonly #services: PublisherServices;
	/** By file key: the last check of the file while its connector's JSON was whole (see steady.ts). */
	readonly #good = new Map<string, GoodCheck>();
	/** By URI, for open documents only: what was last sent (see #publish). */
	readonly #sent = new Map<string, Sent>();
	/** What was said about connectors not compared with their previous version or baseline (said once each). */
	readonly #notCompared = new Set<string>();
	/** By the connector's definition URIs: the update kind last sent, so typing that changes nothing sends nothing. */
	readonly #updates = new Map<string, string>();
	/** By URI: the send of diagnostics that only moved, waiting for the typing to pause. */
	readonly #settling = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(services: PublisherServices) {
		this.#services = services;
	}

	/**
	 * Publishes a file's diagnostics, clearing them under the URI it was published under before, if that differs.
	 *
	 * While an author types in a large file, most checks find what the last one found, only moved by the typing: an
	 * editor like VS Code moves its squiggles with the text already, and sending a thousand diagnostics again costs it
	 * (and the keystrokes competing with it) for nothing. Such a send waits until the typing pauses, and then goes out
	 * once, with the latest version.
	 */
	#publish(unit: Unit, file: { key: string; uri: string; open?: OpenFile }, diagnostics: Diagnostic[]): void {
		const previous = unit.published.get(file.key);
		if (previous !== undefined && previous !== file.uri) {
			this.#send({ uri: previous, diagnostics: [] });
		}
		unit.published.set(file.key, file.uri);
		const params: PublishDiagnosticsParams = { uri: file.uri, version: file.open?.version, diagnostics };
		const text = file.open?.text;
		const sent = this.#sent.get(file.uri);
		if (!sent || text === undefined || !onlyMoved(sent, text, diagnostics)) {
			this.#send(params, text);
		} else {
			this.#cancelSettling(file.uri);
			const timer = setTimeout(() => this.#send(params, text), this.#services.settleMs ?? SETTLE_MS);
			timer.unref?.();
			this.#settling.set(file.uri, timer);
		}
	}

	/** Sends diagnostics now (replacing any waiting send for the URI), remembering them while the document is open. */
	#send(params: PublishDiagnosticsParams, text?: string): void {
		this.#cancelSettling(params.uri);
		if (text !== undefined) {
			this.#sent.set(params.uri, { text, diagnostics: params.diagnostics });
		} else {
			this.#sent.delete(params.uri);
		}
		this.#services.send(params);
	}

	#cancelSettling(uri: string): void {
		const timer = this.#settling.get(uri);
		if (timer !== undefined) {
			clearTimeout(timer);
			this.#settling.delete(uri);
		}
	}

	/** Clears what the unit published for a file (by key), if anything. */
	clear(unit: Unit, key: string): void {
		this.#good.delete(key);
		const uri = unit.published.get(key);
		if (uri !== undefined) {
			unit.published.delete(key);
			this.#send({ uri, diagnostics: [] });
		}
	}

	/** Clears the definition files the unit published for that none of its jobs checks any more. */
	clearUncovered(unit: Unit, jobs: readonly Job[]): void {
		const covered = coveredKeys(jobs);
		for (const key of [...unit.published.keys()]) {
			if (!covered.has(key) && !unit.artifactKeys.has(key)) {
				this.clear(unit, key); // Deleted, renamed away, or no longer part of a connector and not open.
			}
		}
	}

	/** Publishes a check's outcome: its findings, or on failure one diagnostic per definition file saying so. */
	outcome(unit: Unit, job: Job, outcome: PublishableOutcome): void {
		const uriOf = (kind: FileKind) => job[kind]?.uri;
		for (const kind of JSON_FILE_KINDS) {
			const file = job[kind];
			if (!file) {
				continue;
			}
			if (outcome.kind === 'failed') {
				this.#services.log.error(`Could not check ${file.uri}: ${outcome.message}`);
				this.#publish(unit, file, [hostDiagnostic(HOST_CODES.checkFailed, `Connector Certify could not check this file: ${outcome.message.split('\n')[0]}. See the "Connector Certify" output for details.`)]);
				continue;
			}
			const { response } = outcome;
			let findings = this.#steady(file.key, file.open?.text, response.findings[kind], response);
			if (file.open && this.#services.editorReportsSyntax()) {
				findings = findings.filter((finding) => finding.ruleId !== JSON_SYNTAX_RULE);
			}
			const diagnostics = findings.map((finding) => toDiagnostic(finding, uriOf, this.#services.docsBase()));
			const omitted = response.omitted?.[kind];
			if (omitted) {
				diagnostics.push(hostDiagnostic(HOST_CODES.tooManyFindings, `Connector Certify shows ${MAX_DIAGNOSTICS_PER_FILE} findings of this file, the most severe first; ${omitted} more are not shown. \`connector-certify check\` lists them all.`, DiagnosticSeverity.Information));
			}
			const reason = response.unreadable[kind];
			if (reason) {
				this.#services.log.warn(`Cannot check ${file.uri}: ${reason}`);
				diagnostics.unshift(hostDiagnostic(HOST_CODES.unreadable, `Connector Certify cannot check this file: ${reason}`));
			}
			this.#publish(unit, file, diagnostics);
		}
		if (outcome.kind === 'done') {
			this.#artifacts(unit, job, outcome.response);
			this.#update(job, outcome.response);
			const { notCompared, notBaselined } = outcome.response;
			const notes = [
				notCompared && `No breaking-change check of ${unit.folder ?? unit.key} against its previous version: ${notCompared}.`,
				notBaselined && `No baseline for ${unit.folder ?? unit.key}: ${notBaselined}; every finding is shown.`,
			];
			for (const note of notes) {
				if (note && !this.#notCompared.has(note)) {
					this.#notCompared.add(note);
					this.#services.log.info(note);
				}
			}
		}
	}

	/** The connector's update kind to the client, when it changed (or stopped being known). */
	#update(job: Job, response: CheckResponse): void {
		// Only checks of open connectors compare with git: a background check of the same one says nothing about it.
		if (!response.update && !JSON_FILE_KINDS.some((kind) => job[kind]?.open)) {
			return;
		}
		const uris = JSON_FILE_KINDS.map((kind) => job[kind]?.uri).filter((uri): uri is string => uri !== undefined);
		const key = uris.join('\n');
		const sent = this.#updates.get(key);
		const now = JSON.stringify(response.update ?? null);
		if (uris.length === 0 || (sent ?? 'null') === now) {
			return;
		}
		this.#updates.set(key, now);
		this.#services.sendUpdate?.({ uris, ...(response.update ? { update: response.update } : {}) });
	}

	/**
	 * A file's findings to show (see steady.ts): while its connector's JSON is whole, the fresh ones, remembered as the
	 * last good check; while a definition file is broken, those plus the last good findings of the rules that could not run.
	 */
	#steady(key: string, text: string | undefined, fresh: readonly SentFinding[], response: CheckResponse): SentFinding[] {
		const broken = response.brokenJson ?? [];
		if (broken.length === 0) {
			this.#good.set(key, { text, findings: fresh });
			return [...fresh];
		}
		return steadyFindings(fresh, this.#good.get(key), text, silencedBy(broken));
	}

	/**
	 * Findings on the icon, script.csx, readme.md and intro.md go to those files (with the version of an open buffer
	 * the check read); a file that lost its findings is cleared.
	 */
	#artifacts(unit: Unit, job: Job, response: CheckResponse): void {
		const current = new Set<string>();
		for (const kind of ARTIFACT_KINDS) {
			const file = response.artifactPaths?.[kind];
			if (!file) {
				continue;
			}
			const key = pathKey(file);
			current.add(key);
			const open = job[kind]?.key === key ? job[kind] : undefined;
			// readme.md and intro.md rules read the swagger too: while it is broken, theirs are carried forward as well.
			const findings = this.#steady(key, open?.open?.text, response.findings[kind], response);
			const diagnostics = findings.map((finding) => toDiagnostic(finding, () => undefined, this.#services.docsBase()));
			const reason = response.unreadable[kind];
			if (reason) {
				diagnostics.unshift(hostDiagnostic(HOST_CODES.unreadable, `Connector Certify cannot check this file: ${reason}`));
			}
			if (diagnostics.length || unit.published.has(key)) {
				unit.artifactKeys.add(key);
				this.#publish(unit, open ?? { key, uri: this.#services.uriOf(file) }, diagnostics);
			}
		}
		for (const key of [...unit.artifactKeys]) {
			if (!current.has(key)) {
				unit.artifactKeys.delete(key);
				this.clear(unit, key);
			}
		}
	}
}
