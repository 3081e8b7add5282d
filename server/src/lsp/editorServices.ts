/**
 * What the editor-feature handlers (completion, hover, navigation, symbols) get from the server's main thread. No
 * parse: what needs one is answered where the parses are, on the checker thread (`outline`, `query`).
 */
import type { CancellationToken, DocumentSymbol } from 'vscode-languageserver';
import type { JsonFileKind } from '../core/connector';
import type { EngineConfig } from '../engine/index';
import type { ConnectorInput } from '../engine/run';
import type { Logger } from './checker';
import type { EngineText } from './positions';
import type { LimitNotices } from './limits';
import type { EditorQuery, QueryResults } from './queries';

export interface ConnectorAt {
	/** Which file the document is. */
	readonly kind: JsonFileKind;
	/** The document (as in its buffer) and the other file of its connector (buffer or disk), parsed. */
	readonly input: ConnectorInput;
	/** The URIs of the connector's two files, when known (for cross-file navigation). */
	readonly uris: Readonly<Partial<Record<JsonFileKind, string>>>;
}

/** What an outline request answers: the symbols in editor positions, and how many were left out beyond the cap. */
export interface Outline {
	readonly symbols: DocumentSymbol[];
	readonly left: number;
}

export interface EditorServices {
	/** An open document's text and line index at its current version, without parsing it (cached per version). */
	engineText(uri: string): EngineText | undefined;
	/**
	 * The outline of an open connector file at its current version, at most `max` symbols: computed where the document
	 * is parsed for its check, off the main thread. Undefined when the document is not open, too large, or the request was cancelled.
	 */
	outline(uri: string, max: number, token?: CancellationToken): Promise<Outline | undefined>;
	/**
	 * A completion, hover or navigation request on an open connector file at its current version, answered from the connector's
	 * parses off the main thread (see queries.ts). Undefined when the document is not a connector file, not open, too
	 * large, or the request was cancelled.
	 */
	query<Q extends EditorQuery>(uri: string, query: Q, token?: CancellationToken): Promise<QueryResults[Q['method']] | undefined>;
	config(scope: string): Promise<EngineConfig>;
	/** The text of an open document of any kind (intro.md too). */
	text(uri: string): string | undefined;
	/** Whether a file sits in a connector folder (beside apiProperties.json or apiDefinition.swagger.json). */
	inConnectorFolder(uri: string): Promise<boolean>;
	/** How many items a list answer may hold for an open document (`connectorCertify.maxItemsComputed`). */
	maxItems(uri: string): Promise<number>;
	/** An open document's version (for saying a limit was reached once per version). */
	version(uri: string): number | undefined;
	/** Says once per document version that a limit was reached. */
	readonly notices: LimitNotices;
	readonly log: Logger;
}
