/**
 * Which writer a check run's report uses, from what says how it is written: the main thread makes one to put the
 * report together, and each check thread one to write the parts of the files it checks (checkThread.ts), so the two
 * write the same bytes.
 */
import type { CheckFormat } from './args';
import { JsonReportWriter } from './jsonFormat';
import type { ReportWriter } from './reportWriter';
import { SarifReportWriter } from './sarifFormat';
import { TextReportWriter } from './textFormat';

/** How a check run's report is written; plain data, copied to the check threads with each connector. */
export interface ReportSpec {
	readonly format: CheckFormat;
	/** What the report's paths are relative to. */
	readonly cwd: string;
	/** The CLI's version (SARIF names its tool with it). */
	readonly version: string;
	/** Whether the run compares with a baseline (`check --baseline`; SARIF marks each result new or unchanged). */
	readonly baseline: boolean;
}

export function reportWriter(spec: ReportSpec): ReportWriter {
	switch (spec.format) {
		case 'json':
			return new JsonReportWriter(spec.cwd);
		case 'sarif':
			return new SarifReportWriter(spec.cwd, spec.version, spec.baseline);
		case 'text':
			return new TextReportWriter(spec.cwd);
	}
}
