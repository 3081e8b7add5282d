/**
 * Registers the editor features on the connection. Each feature's logic lives in `server/src/language/` (pure
 * TypeScript over the parsed documents); the handlers convert to and from the protocol and never throw.
 */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import { COMPLETION_CAPABILITIES, registerCompletion } from './completion';
import type { EditorServices } from './editorServices';
import { HOVER_CAPABILITIES, registerHover } from './hover';
import { NAVIGATION_CAPABILITIES, registerNavigation } from './navigation';
import { SYMBOLS_CAPABILITIES, registerSymbols } from './symbols';

/** The server capabilities these features need, merged into the initialize result. */
export const FEATURE_CAPABILITIES: ServerCapabilities = { ...COMPLETION_CAPABILITIES, ...HOVER_CAPABILITIES, ...NAVIGATION_CAPABILITIES, ...SYMBOLS_CAPABILITIES };

export function registerFeatures(connection: Connection, services: EditorServices): void {
	registerCompletion(connection, services);
	registerHover(connection, services);
	registerNavigation(connection, services);
	registerSymbols(connection, services);
}
