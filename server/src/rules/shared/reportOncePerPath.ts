import type { ReportDescriptor, RuleContext } from '../../engine/types';

/**
 * A report function that keeps only the first finding at each file and JSON path: a definition several operations share is
 * reported once, where it is written, in the words of the first operation that reaches it.
 */
export function reportOncePerPath(context: RuleContext): (descriptor: ReportDescriptor) => void {
	const reported = new Set<string>();
	return (descriptor) => {
		const key = `${descriptor.file}\u0000${descriptor.path.join('\u0000')}`;
		if (!reported.has(key)) {
			reported.add(key);
			context.report(descriptor);
		}
	};
}
