// The hosts decode files with Node's UTF-8 routines (host/nativeUtf8.ts) for speed; the text, the BOM and the place
// of the first invalid byte must be exactly what the pure decoder gives.
import assert from 'node:assert/strict';
import * as NodeBuffer from 'node:buffer';
import { describe, test } from 'node:test';
import { decodeUtf8 } from '../../server/src/core/text';
import { decodeUtf8Natively, parseBytesNatively } from '../../server/src/host/nativeUtf8';
import { parseBytes } from '../../server/src/engine/parsedFile';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

const CASES: [string, Uint8Array][] = [
	['empty', new Uint8Array()],
	['a BOM alone', new Uint8Array(BOM)],
	['ASCII', utf8('{"swagger": "2.0"}')],
	['ASCII after a BOM', new Uint8Array([...BOM, ...utf8('{"a": 1}')])],
	['two-, three- and four-byte characters', utf8('{"title": "Café – 日本 😀"}')],
	['non-ASCII after a BOM', new Uint8Array([...BOM, ...utf8('"ü"')])],
	['a second BOM inside the text', new Uint8Array([...BOM, ...BOM, ...utf8('"x"')])],
	['an invalid byte', new Uint8Array([...utf8('{"a": "'), 0xff, ...utf8('"}')])],
	['an encoded surrogate', new Uint8Array([...utf8('"'), 0xed, 0xa0, 0x80, ...utf8('"')])],
	['a truncated sequence at the end', new Uint8Array([...utf8('"é'), 0xe2, 0x82])],
	['an overlong encoding after a BOM', new Uint8Array([...BOM, 0xc0, 0x80])],
];

describe('decodeUtf8Natively', () => {
	test("runs Node's routines on the Node the tests run on (otherwise the cases below would test the fallback)", () => {
		assert.equal(typeof NodeBuffer.isAscii, 'function');
		assert.equal(typeof NodeBuffer.isUtf8, 'function');
		assert.equal(typeof NodeBuffer.transcode, 'function');
	});

	for (const [name, bytes] of CASES) {
		test(`gives the pure decoder's result: ${name}`, () => {
			assert.deepEqual(decodeUtf8Natively(bytes), decodeUtf8(bytes));
		});
	}

	test('reads only the bytes of a view into a larger buffer', () => {
		const whole = new Uint8Array([...utf8('xx'), ...BOM, ...utf8('"ünïcode"'), ...utf8('yy')]);
		const view = whole.subarray(2, whole.length - 2);
		assert.deepEqual(decodeUtf8Natively(view), { text: '"ünïcode"', hadBom: true });
		assert.deepEqual(decodeUtf8Natively(Buffer.from(view)), { text: '"ünïcode"', hadBom: true });
	});

	test('says where the first invalid byte is', () => {
		assert.deepEqual(decodeUtf8Natively(new Uint8Array([...BOM, ...utf8('"é'), 0xff, 0x41])), { text: '"é\ufffdA', hadBom: true, invalidUtf8Offset: 2 });
	});

	test('parses as parseBytes does', () => {
		const bytes = new Uint8Array([...BOM, ...utf8('{"info": {"title": "Ärger"}}')]);
		const native = parseBytesNatively(bytes);
		const pure = parseBytes(bytes);
		assert.deepEqual(native.doc.value, pure.doc.value);
		assert.equal(native.doc.text, pure.doc.text);
		assert.deepEqual([native.hadBom, native.invalidUtf8Offset, native.byteLength], [true, undefined, bytes.length]);
	});
});
