import type { JsonObject, OperationInfo, SwaggerModel } from '../../core/swagger';
import { callEntries, dynamicCalls, targetOperation, type CallEntry, type DynamicOccurrence } from '../../core/dynamic';

/** A dynamic call whose `operationId` names an operation of the swagger, with that operation. */
export interface TargetedCall {
	readonly occurrence: DynamicOccurrence & { value: JsonObject };
	readonly target: OperationInfo;
}

/** The dynamic calls whose invoked operation exists: the rules comparing a call with its target have nothing to compare in the others (operation-id-not-found reports them). */
export function targetedCalls(swagger: SwaggerModel): TargetedCall[] {
	const calls: TargetedCall[] = [];
	for (const occurrence of dynamicCalls(swagger)) {
		const target = targetOperation(swagger, occurrence);
		if (target) {
			calls.push({ occurrence, target });
		}
	}
	return calls;
}

/** The `parameters` entries of one kind (`reference`, `static`) in the targeted calls, each with its call, in document order. */
export function targetedEntries<K extends CallEntry['kind']>(swagger: SwaggerModel, kind: K): (TargetedCall & { readonly entry: Extract<CallEntry, { kind: K }> })[] {
	return targetedCalls(swagger).flatMap((call) =>
		callEntries(call.occurrence)
			.filter((entry): entry is Extract<CallEntry, { kind: K }> => entry.kind === kind)
			.map((entry) => ({ ...call, entry })),
	);
}
