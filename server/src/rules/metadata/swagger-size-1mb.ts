import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/** CS "Step 3d": "Swagger files shouldn't be greater than 1 MB." */
export default defineRule({
	id: 'swagger-size-1mb',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'The definition file should not be larger than 1 MB.',
	fixable: false,
	files: ['swagger'],
	runsOnBrokenJson: true,
	options: {
		maxBytes: { type: 'number', default: 1048576, description: 'The largest definition size, in bytes, that does not warn (1 MB).' },
	},
	check(context) {
		const file = context.files.swagger;
		if (!file) {
			return;
		}
		const maxBytes = context.option<number>('maxBytes');
		const size = file.byteLength ?? Buffer.byteLength(file.doc.text, 'utf8') + (file.hadBom ? 3 : 0);
		if (size <= maxBytes) {
			return;
		}
		context.report({
			file: 'swagger',
			path: [],
			target: 'key',
			message: `The definition is ${withThousands(size)} bytes; swagger files shouldn't be greater than 1 MB (${withThousands(maxBytes)} bytes).`,
			data: { size, maxBytes },
		});
	},
});

/**
 * `n` as `toLocaleString('en-US')` writes it (1,048,576). An integer is written without it: its first call loads ICU's
 * number formats, 11 ms in each thread that checks a definition over the limit, for a comma every three digits.
 */
function withThousands(n: number): string {
	return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}
