// The XML scanning behind the Partner Center checks: what counts as an element with content (CPV's test), comments,
// entity references and the encodings customizations.xml arrives in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeXml, hasContent, unescapeXml, withoutComments } from '../../server/src/package/xml';

test('decodeXml: UTF-8 with or without its byte order mark, UTF-16 either way round by its mark', () => {
	const text = '<a>é</a>';
	assert.equal(decodeXml(new TextEncoder().encode(text)), text);
	assert.equal(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), text);
	const utf16le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
	const utf16be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
	assert.equal(decodeXml(utf16le), text);
	assert.equal(decodeXml(utf16be), text);
	assert.equal(decodeXml(new Uint8Array(0)), '');
});

test('withoutComments: every comment goes, and an unclosed one takes the rest of the text with it', () => {
	assert.equal(withoutComments('<a><!-- <Connector>x</Connector> --><b/><!----></a>'), '<a><b/></a>');
	assert.equal(withoutComments('<a/><!-- never closed <Connector>x</Connector>'), '<a/>');
	assert.equal(withoutComments('<!-- a --><!-- b -->'), '');
	assert.equal(withoutComments('no comments'), 'no comments');
	// `-->` before any `<!--` is just text.
	assert.equal(withoutComments('a --> b'), 'a --> b');
});

test('hasContent: an element with attributes or non-blank content, matched by its exact name', () => {
	const cases: [string, boolean][] = [
		['<Connectors><Connector><name>x</name></Connector></Connectors>', true],
		['<Connector name="x" />', true],
		['<Connector\tname="x"></Connector>', true],
		['<Connector>text</Connector>', true],
		['<Connector />', false],
		['<Connector/>', false],
		['<Connector></Connector>', false],
		['<Connector >  \n </Connector>', false],
		['<Connectors><ConnectorX>x</ConnectorX></Connectors>', false],
		['<connector>x</connector>', false],
		['', false],
		// An empty one does not hide a later one with content.
		['<Connector/><Connector></Connector><Connector>x</Connector>', true],
		// Unclosed: whatever follows is its content.
		['<Connector>x', true],
		['<Connector>  ', false],
	];
	for (const [xml, expected] of cases) {
		assert.equal(hasContent(xml, 'Connector'), expected, xml);
	}
});

test('unescapeXml: the five predefined entities and character references; anything else is left as written', () => {
	assert.equal(unescapeXml('&amp;&lt;&gt;&quot;&apos;'), '&<>"\'');
	assert.equal(unescapeXml('&#65;&#x42;&#X43;&#x1F600;'), 'ABC😀');
	assert.equal(unescapeXml('&#x110000; &nbsp; &AMP; & ;&amp'), '&#x110000; &nbsp; &AMP; & ;&amp');
	assert.equal(unescapeXml('/Workflows/A&amp;B.json'), '/Workflows/A&B.json');
});
