// Every editor request goes through editorRequest (lsp/requests.ts): a cancelled request answers RequestCancelled, one
// whose document changed while it was answered ContentModified, a failure the fallback (logged), and the rest their
// result.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { editorRequest, type RequestServices } from '../../server/src/lsp/requests';

function services(versions: Map<string, number>): RequestServices & { errors: string[] } {
	const errors: string[] = [];
	return { version: (uri) => versions.get(uri), log: { error: (message: string) => errors.push(message), warn: () => {}, info: () => {} }, errors };
}

const params = { textDocument: { uri: 'file:///c/apiDefinition.swagger.json' } };
const uriOf = (p: typeof params) => p.textDocument.uri;

test('a request answers its result, and the fallback with the failure logged when it throws', async () => {
	const open = services(new Map([[params.textDocument.uri, 1]]));
	const token = new CancellationTokenSource().token;
	assert.deepEqual(await editorRequest('Outline', open, uriOf, [], async () => ['a'])(params, token), ['a']);
	assert.deepEqual(
		await editorRequest('Outline', open, uriOf, [], async () => {
			throw new Error('boom');
		})(params, token),
		[],
	);
	assert.equal(open.errors.length, 1);
	assert.match(open.errors[0], /^Outline failed: Error: boom/);
});

test('a request the client cancelled answers RequestCancelled, before the work or at a checkpoint after a wait', async () => {
	const open = services(new Map([[params.textDocument.uri, 1]]));
	const source = new CancellationTokenSource();
	source.cancel();
	let ran = false;
	await assert.rejects(
		editorRequest('Outline', open, uriOf, [], async () => {
			ran = true;
			return [];
		})(params, source.token),
		(error) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled,
	);
	assert.equal(ran, false, 'nothing is computed for a request already cancelled');
	const later = new CancellationTokenSource();
	let after = false;
	await assert.rejects(
		editorRequest('Outline', open, uriOf, [], async (_params, checkpoint) => {
			await Promise.resolve(later.cancel());
			checkpoint();
			after = true;
			return [];
		})(params, later.token),
		(error) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled,
	);
	assert.equal(after, false, 'the work after the checkpoint is not done');
	assert.deepEqual(open.errors, [], 'a cancellation is not a failure');
});

test('a request whose document changed while it was answered answers ContentModified', async () => {
	const versions = new Map([[params.textDocument.uri, 1]]);
	const open = services(versions);
	await assert.rejects(
		editorRequest('Outline', open, uriOf, [], async () => {
			versions.set(params.textDocument.uri, 2);
			return ['stale'];
		})(params, new CancellationTokenSource().token),
		(error) => error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified,
	);
	assert.deepEqual(open.errors, []);
});
