/**
 * Output of `mcp-probe`, shared by the CLI and the editor's output channel. Text: a header naming the server, one line
 * per tool with problems (its gravest effect, then each kind of problem with where it applies), the server-level
 * notes, and a summary with the tool count against the cap. JSON, a versioned contract (change its shape only with a
 * new `version`):
 *
 *     {"version":1,"url","urlSource","server":{"name","version","protocolVersion"},"capabilities":[…],"maxTools",
 *      "toolCount","truncated","tools":[{"name","index","effect","problems":[{"id","effect","pointer","message"}],
 *      "omitted"}],"notes":[{"id","message"}],"summary":{"tools","usable","dropped","fails","mangled","weak","overCap"}}
 *
 * Every tool is listed in the JSON, usable ones with `"effect": null` and no problems; absent server fields are null.
 */
import { MCP_EFFECTS, type McpEffect, type McpNoteId, type McpProblemId, type McpToolProblem } from '../core/mcpReadiness';
import type { McpProbeRun } from './mcpProbe';

export interface McpProbeJson {
	readonly version: 1;
	readonly url: string;
	readonly urlSource: 'connector' | 'given';
	readonly server: { readonly name: string | null; readonly version: string | null; readonly protocolVersion: string | null };
	readonly capabilities: readonly string[];
	readonly maxTools: number;
	readonly toolCount: number;
	readonly truncated: boolean;
	readonly tools: readonly {
		readonly name: string;
		readonly index: number;
		readonly effect: McpEffect | null;
		readonly problems: readonly { readonly id: McpProblemId; readonly effect: McpEffect; readonly pointer: string; readonly message: string }[];
		readonly omitted: number;
	}[];
	readonly notes: readonly { readonly id: McpNoteId; readonly message: string }[];
	readonly summary: { readonly tools: number; readonly usable: number; readonly dropped: number; readonly fails: number; readonly mangled: number; readonly weak: number; readonly overCap: number };
}

const EFFECT_WORDS: Record<McpEffect, string> = { dropped: 'dropped', fails: 'fails', mangled: 'mangled', weak: 'weak' };

/** True when some tool is not usable as is: the CLI's exit code 1. */
export function mcpProbeHasProblems(run: McpProbeRun): boolean {
	return run.readiness.tools.some((tool) => tool.problems.length > 0);
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `[schema-ref] message (at /inputSchema/…/$ref and 2 more places)`: one entry per kind of problem. */
function problemGroups(problems: readonly McpToolProblem[]): string[] {
	const groups = new Map<McpProblemId, McpToolProblem[]>();
	for (const problem of problems) {
		groups.set(problem.id, [...(groups.get(problem.id) ?? []), problem]);
	}
	// Gravest first: what makes the tool unusable leads the line.
	const order = (list: readonly McpToolProblem[]) => MCP_EFFECTS.indexOf(list[0].effect);
	return [...groups].sort((a, b) => order(a[1]) - order(b[1])).map(([id, list]) => {
		const message = list[0].message.replace(/\s*\r?\n\s*/g, ' ').replace(/\.$/, '');
		const at = list[0].pointer === '' ? '' : ` (at ${list[0].pointer}${list.length > 1 ? ` and ${plural(list.length - 1, 'more place')}` : ''})`;
		return `[${id}] ${message}${at}`;
	});
}

export function formatMcpProbe(run: McpProbeRun, format: 'text' | 'json'): string {
	const { readiness } = run;
	const summary = { tools: readiness.toolCount, usable: readiness.counts.usable, dropped: readiness.counts.dropped, fails: readiness.counts.fails, mangled: readiness.counts.mangled, weak: readiness.counts.weak, overCap: readiness.counts.overCap };
	if (format === 'json') {
		const report: McpProbeJson = {
			version: 1,
			url: run.url,
			urlSource: run.urlSource,
			server: { name: run.server.name ?? null, version: run.server.version ?? null, protocolVersion: run.server.protocolVersion ?? null },
			capabilities: run.capabilities,
			maxTools: readiness.maxTools,
			toolCount: readiness.toolCount,
			truncated: run.truncated,
			tools: readiness.tools.map((tool) => ({
				name: tool.name,
				index: tool.index,
				effect: tool.effect ?? null,
				problems: tool.problems.map((problem) => ({ id: problem.id, effect: problem.effect, pointer: problem.pointer, message: problem.message })),
				omitted: tool.omitted,
			})),
			notes: readiness.notes.map((note) => ({ id: note.id, message: note.message })),
			summary,
		};
		return JSON.stringify(report, null, 2) + '\n';
	}
	const name = [run.server.name, run.server.version].filter(Boolean).join(' ') || 'unnamed';
	const facts = [run.server.protocolVersion ? `protocol ${run.server.protocolVersion}` : '', run.capabilities.length ? `capabilities: ${run.capabilities.join(', ')}` : 'no capabilities'].filter(Boolean).join('; ');
	const lines = [`MCP server ${name} at ${run.url} (${facts})`];
	for (const tool of readiness.tools) {
		if (tool.effect) {
			const omitted = tool.omitted ? `; and ${plural(tool.omitted, 'more problem')}` : '';
			lines.push(`${tool.name}: ${EFFECT_WORDS[tool.effect]}: ${problemGroups(tool.problems).join('; ')}${omitted}.`);
		}
	}
	for (const note of readiness.notes) {
		lines.push(`Note: ${note.message}`);
	}
	if (run.truncated) {
		lines.push('Note: the tool list was cut short (too many pages, or a cursor that repeats); only the tools listed so far were checked.');
	}
	const against = readiness.counts.overCap > 0 ? `, ${readiness.counts.overCap} over the cap of ${readiness.maxTools}` : ` (cap ${readiness.maxTools})`;
	const verdict =
		readiness.counts.usable === readiness.toolCount
			? readiness.toolCount === 0
				? 'nothing to check.'
				: 'all usable as is.'
			: `${readiness.counts.usable} usable as is, ${summary.dropped} dropped, ${summary.fails} failing, ${summary.mangled} mangled, ${summary.weak} weak.`;
	lines.push(`${plural(readiness.toolCount, 'tool')}${against}: ${verdict}`);
	return lines.join('\n') + '\n';
}
