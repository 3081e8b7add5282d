/**
 * Reporting a place reached from several operations once: a response, a body schema or a parameter shared through
 * `$ref` is met again with every operation that uses it, and its finding belongs where it is written, once.
 */
import type { ReportDescriptor, RuleContext } from '../../engine/types';

/** A `context.report` that keeps only the first finding at each file and path (naming the first operation met). */
export function reportFirstPerPath(context: RuleContext): (descriptor: ReportDescriptor) => void {
	const reported = new Set<string>();
	return (descriptor) => {
		const key = `${descriptor.file}\u0000${descriptor.path.join('\u0000')}`;
		if (!reported.has(key)) {
			reported.add(key);
			context.report(descriptor);
		}
	};
}
