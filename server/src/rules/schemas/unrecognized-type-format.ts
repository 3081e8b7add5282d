import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';
import { subjectOf, withSubject } from '../shared/subject';

/** The formats Microsoft's Swagger schema (MSS) lists. */
export const KNOWN_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'];

/** SVR UnrecognizedTypeFormat: a `format` the platform does not know. */
export default defineRule({
	id: 'unrecognized-type-format',
	msCode: 'UnrecognizedTypeFormat',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR', 'MSS'],
		basis: 'validator-lets-through',
		note: "Swaggers the validator accepted from 2021 to 2024 use formats it does not list (string/duration, string/enum, an empty format, object formats), so an unknown format does not block.",
	},
	description: "A 'format' must be one the platform recognizes (int32, int64, float, double, byte, binary, date, date-time, password, date-no-tz, email, html, uri, uuid).",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const known = new Set(KNOWN_FORMATS);
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const format = node.value.format;
			if (typeof format !== 'string' || known.has(format)) {
				continue;
			}
			const type = typeof node.value.type === 'string' ? node.value.type : undefined;
			context.report({
				file: 'swagger',
				path: [...node.path, 'format'],
				message: withSubject(`The type/format '${type === undefined ? format : `${type}/${format}`}' is not recognized.`, subjectOf(context.swagger, node.path)),
				data: { type, format },
			});
		}
	},
});
