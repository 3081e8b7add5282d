/**
 * How every editor request is answered (hover, completion, outline, navigation, code actions): a request the client
 * cancelled gets RequestCancelled, one whose document changed while it was being answered gets ContentModified (the
 * client asks again for the new text, per LSP), and anything unexpected is logged and answered with an empty result,
 * so the editor never sees an internal error. Handlers call `checkpoint` after their awaits, before the work that
 * follows: the client's cancellation and newer edits are only read while a handler waits.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { Logger } from './checker';

export interface RequestServices {
	/** An open document's version, undefined when it is not open. */
	version(uri: string): number | undefined;
	readonly log: Logger;
}

/** Throws RequestCancelled or ContentModified when the answer being computed is no longer wanted. */
export type Checkpoint = () => void;

export function editorRequest<P, R>(
	name: string,
	services: RequestServices,
	uriOf: (params: P) => string | undefined,
	fallback: R,
	handler: (params: P, checkpoint: Checkpoint, token: CancellationToken) => Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
	return async (params, token) => {
		const uri = uriOf(params);
		const version = uri === undefined ? undefined : services.version(uri);
		const checkpoint: Checkpoint = () => {
			if (token.isCancellationRequested) {
				throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} was cancelled.`);
			}
			if (uri !== undefined && services.version(uri) !== version) {
				throw new ResponseError(LSPErrorCodes.ContentModified, `The document changed while ${name} was answered.`);
			}
		};
		try {
			checkpoint();
			const result = await handler(params, checkpoint, token);
			checkpoint();
			return result;
		} catch (error) {
			if (error instanceof ResponseError && (error.code === LSPErrorCodes.RequestCancelled || error.code === LSPErrorCodes.ContentModified)) {
				throw error;
			}
			services.log.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return fallback;
		}
	};
}
