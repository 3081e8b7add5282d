/** Navigation: the protocol side; the logic is in server/src/language/. (Stub: to be implemented.) */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { EditorServices } from './editorServices';

export const NAVIGATION_CAPABILITIES: ServerCapabilities = {};

export function registerNavigation(_connection: Connection, _services: EditorServices): void {}
