/**
 * Diagnostics out to the client, unit by unit: a check's findings go to the files they are about (the definition
 * files, and the icon, script.csx, readme.md and intro.md beside them), each file under one URI, and a file that lost
 * its findings or left the unit is cleared. Each unit remembers what it published (`Unit.published`), so clearing
 * touches only its own files. Which results get here at all (the latest, still current) is the scheduler's business.
 */
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Finding } from '../engine/index';
import { ARTIFACT_KINDS, JSON_FILE_KINDS, type FileKind } from '../core/connector';
import type { Logger } from './checker';
import { hostDiagnostic, HOST_CODES, toDiagnostic } from './diagnostics';
import { coveredKeys, type Job } from './jobs';
import type { PublishableOutcome } from './scheduler';
import type { Unit } from './units';
import { silencedBy, steadyFindings, type GoodCheck } from './steady';
import { pathKey } from './uris';
import type { CheckResponse, OpenFile } from './workerProtocol';

export interface PublisherServices {
	/** Sends `textDocument/publishDiagnostics`. */
	send(params: PublishDiagnosticsParams): void;
	/** The URI to publish a file on disk under. */
	uriOf(file: string): string;
	/** The folder URI of the rule pages the client ships (initializationOptions.ruleDocumentation), if it gave one. */
	docsBase(): string | undefined;
	/** Whether the editor reports JSON syntax errors in open documents itself (VS Code's JSON service), so ours would repeat them. */
	editorReportsSyntax(): boolean;
	readonly log: Logger;
}

/** The rule that reports JSON syntax errors, which an editor with its own JSON service shows already. */
const JSON_SYNTAX_RULE = 'json-syntax';

export class DiagnosticsPublisher {
	readonly #services: PublisherServices;
	/** By file key: the last check of the file while its connector's JSON was whole (see steady.ts). */
	readonly #good = new Map<string, GoodCheck>();

	constructor(services: PublisherServices) {
		this.#services = services;
	}

	/** Publishes a file's diagnostics, clearing them under the URI it was published under before, if that differs. */
	#publish(unit: Unit, file: { key: string; uri: string; open?: OpenFile }, diagnostics: Diagnostic[]): void {
		const previous = unit.published.get(file.key);
		if (previous !== undefined && previous !== file.uri) {
			this.#services.send({ uri: previous, diagnostics: [] });
		}
		unit.published.set(file.key, file.uri);
		this.#services.send({ uri: file.uri, version: file.open?.version, diagnostics });
	}

	/** Clears what the unit published for a file (by key), if anything. */
	clear(unit: Unit, key: string): void {
		this.#good.delete(key);
		const uri = unit.published.get(key);
		if (uri !== undefined) {
			unit.published.delete(key);
			this.#services.send({ uri, diagnostics: [] });
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
			const reason = response.unreadable[kind];
			if (reason) {
				this.#services.log.warn(`Cannot check ${file.uri}: ${reason}`);
				diagnostics.unshift(hostDiagnostic(HOST_CODES.unreadable, `Connector Certify cannot check this file: ${reason}`));
			}
			this.#publish(unit, file, diagnostics);
		}
		if (outcome.kind === 'done') {
			this.#artifacts(unit, job, outcome.response);
		}
	}

	/**
	 * A file's findings to show (see steady.ts): while its connector's JSON is whole, the fresh ones, remembered as the
	 * last good check; while a definition file is broken, those plus the last good findings of the rules that could not run.
	 */
	#steady(key: string, text: string | undefined, fresh: readonly Finding[], response: CheckResponse): Finding[] {
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
