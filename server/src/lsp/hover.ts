/** Hover: the protocol side; the logic is in server/src/language/. (Stub: to be implemented.) */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { EditorServices } from './editorServices';

export const HOVER_CAPABILITIES: ServerCapabilities = {};

export function registerHover(_connection: Connection, _services: EditorServices): void {}
