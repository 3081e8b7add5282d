/** Engine findings → LSP diagnostics: the only place the server shapes what the editor shows. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FileKind } from '../core/connector';
import type { Severity } from '../engine/index';
import { ruleDocsUrl } from '../engine/docs';
import type { SentFinding } from './workerProtocol';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'connector-certify';

/** Codes of the server's own diagnostics, for files it could not check at all (no rule, so no doc page). */
export const HOST_CODES = { unreadable: 'file-unreadable', checkFailed: 'check-failed', tooManyFindings: 'too-many-findings' } as const;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/**
 * One finding as a diagnostic: `code` is the rule id, `codeDescription` its doc page (`docsBase/<id>.md` when the
 * client gave the folder of the pages it ships, else the public page), `data` what a quick fix needs plus the rule id
 * and JSON pointer. `uriOf` gives the URI of the connector's other file for related information.
 */
export function toDiagnostic(finding: SentFinding, uriOf: (kind: FileKind) => string | undefined, docsBase?: string): Diagnostic {
	const diagnostic: Diagnostic = {
		range: finding.range,
		severity: SEVERITY[finding.severity],
		code: finding.ruleId,
		codeDescription: { href: docsBase ? `${docsBase}/${finding.ruleId}.md` : ruleDocsUrl(finding.ruleId) },
		source: DIAGNOSTIC_SOURCE,
		message: finding.message,
		data: { ...finding.data, ruleId: finding.ruleId, jsonPointer: finding.jsonPointer },
	};
	const related = (finding.related ?? []).flatMap((item) => {
		const uri = uriOf(item.file);
		return uri ? [{ location: { uri, range: item.range }, message: item.message }] : [];
	});
	if (related.length) {
		diagnostic.relatedInformation = related;
	}
	return diagnostic;
}

/** A diagnostic at the top of a file the server could not check (unreadable, too large, the check failed). */
export function hostDiagnostic(code: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
	return {
		range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
		severity,
		code,
		source: DIAGNOSTIC_SOURCE,
		message,
	};
}
