/**
 * script.csx as the script rules read it: C# with comments and string literals blanked out (same length, so offsets
 * still point into the real text), computed once per file.
 */
import type { TextArtifact } from '../../engine/artifacts';

const cache = new WeakMap<TextArtifact, string>();

/** The code with line and block comments and string/char literals replaced by spaces (newlines kept). */
export function codeOnly(script: TextArtifact): string {
	let code = cache.get(script);
	if (code === undefined) {
		code = blank(script.text);
		cache.set(script, code);
	}
	return code;
}

function blank(text: string): string {
	const out = text.split('');
	const clear = (from: number, to: number) => {
		for (let k = from; k < to; k++) {
			if (out[k] !== '\n' && out[k] !== '\r') {
				out[k] = ' ';
			}
		}
	};
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		const next = text[i + 1];
		if (c === '/' && next === '/') {
			const end = text.indexOf('\n', i);
			const stop = end < 0 ? text.length : end;
			clear(i, stop);
			i = stop;
		} else if (c === '/' && next === '*') {
			const end = text.indexOf('*/', i + 2);
			const stop = end < 0 ? text.length : end + 2;
			clear(i, stop);
			i = stop;
		} else if (c === '"' || c === "'") {
			// Verbatim strings (@"…", "" escapes a quote) and regular ones (backslash escapes).
			const verbatim = c === '"' && (text[i - 1] === '@' || (text[i - 1] === '$' && text[i - 2] === '@'));
			let k = i + 1;
			while (k < text.length) {
				if (verbatim && text[k] === '"' && text[k + 1] === '"') {
					k += 2;
				} else if (!verbatim && text[k] === '\\') {
					k += 2;
				} else if (text[k] === c || (!verbatim && text[k] === '\n')) {
					break;
				} else {
					k++;
				}
			}
			clear(i + 1, k);
			i = k + 1;
		} else {
			i++;
		}
	}
	return out.join('');
}

/** The namespaces custom code may use (write-code page, "Supported namespaces"). */
export const SUPPORTED_NAMESPACES: ReadonlySet<string> = new Set([
	'System',
	'System.Collections',
	'System.Collections.Generic',
	'System.Diagnostics',
	'System.IO',
	'System.IO.Compression',
	'System.Linq',
	'System.Net',
	'System.Net.Http',
	'System.Net.Http.Headers',
	'System.Net.Security',
	'System.Security.Authentication',
	'System.Security.Cryptography',
	'System.Text',
	'System.Text.RegularExpressions',
	'System.Threading',
	'System.Threading.Tasks',
	'System.Web',
	'System.Xml',
	'System.Xml.Linq',
	'System.Drawing',
	'System.Drawing.Drawing2D',
	'System.Drawing.Imaging',
	'Microsoft.Extensions.Logging',
	'Newtonsoft.Json',
	'Newtonsoft.Json.Linq',
]);
