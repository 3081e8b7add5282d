/**
 * Two rules reporting one place for one input: allowed only when one defers to the other (`defersTo`, and then the
 * engine shows one finding) or names the other in `reportsBeside` with what differs. Anything else is a rule that
 * repeats another, and authors would read every such problem twice.
 */
import type { Finding, Rule } from '../../server/src/engine/index';
import { checkedWithEveryRule } from './everyRule';

export interface SharedPlace {
	readonly pair: string;
	readonly where: string;
}

function declared(rules: ReadonlyMap<string, Rule>, a: string, b: string): boolean {
	const said = (x: string, y: string) => rules.get(x)?.defersTo?.includes(y) || rules.get(x)?.reportsBeside?.[y] !== undefined;
	return Boolean(said(a, b) || said(b, a));
}

/** The places where two rules report without saying why, one example per pair of rules. */
export function undeclaredSharedPlaces(rules: readonly Rule[], findings: readonly Finding[], label: string): SharedPlace[] {
	const byId = new Map(rules.map((rule) => [rule.id, rule]));
	const atPlace = new Map<string, Set<string>>();
	for (const finding of findings) {
		const place = `${finding.file} ${finding.jsonPointer || '(file)'} ${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
		atPlace.set(place, (atPlace.get(place) ?? new Set()).add(finding.ruleId));
	}
	const shared: SharedPlace[] = [];
	for (const [place, ids] of atPlace) {
		const list = [...ids].sort();
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				if (!declared(byId, list[i], list[j])) {
					shared.push({ pair: `${list[i]} + ${list[j]}`, where: `${label}: ${place}` });
				}
			}
		}
	}
	return shared;
}

/** Checks every connector under `roots` with every rule; one example per undeclared pair, sorted. */
export async function undeclaredSharedPlacesIn(rules: readonly Rule[], roots: readonly string[]): Promise<{ connectors: number; shared: SharedPlace[] }> {
	const byPair = new Map<string, SharedPlace>();
	let connectors = 0;
	for await (const { folder, findings } of checkedWithEveryRule(rules, roots)) {
		connectors++;
		for (const place of undeclaredSharedPlaces(rules, findings, folder)) {
			byPair.set(place.pair, byPair.get(place.pair) ?? place);
		}
	}
	return { connectors, shared: [...byPair.values()].sort((a, b) => a.pair.localeCompare(b.pair)) };
}

/** A rule's declarations name rules that exist, and not itself. */
export function badDeclarations(rules: readonly Rule[]): string[] {
	const ids = new Set(rules.map((rule) => rule.id));
	return rules.flatMap((rule) => [...(rule.defersTo ?? []), ...Object.keys(rule.reportsBeside ?? {})].filter((id) => !ids.has(id) || id === rule.id).map((id) => `${rule.id} names '${id}'`));
}
