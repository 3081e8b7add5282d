/**
 * The part of the MCP SDK that `mcp-probe` uses (mcpProbe.ts), the only command that does: a module of its own, which
 * the built bundles load from a file of its own (`dist/mcpClient.js`, esbuild.mjs). The SDK and the zod schemas it
 * builds on are 440 KB that every run of the CLI and every start of the language server parsed for nothing. Without
 * them and Ajv's compiler (core/swaggerSchemaExplainer.ts), the CLI's bundle is 1.45 MB instead of 2.26 and compiles
 * in 20 ms instead of 33 without a code cache; the language server's, 2.33 MB instead of 3.14, in 27 ms instead of 37,
 * in its main thread and again in its checker thread.
 */
export { Client } from '@modelcontextprotocol/sdk/client/index.js';
export { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
export { McpError, ResultSchema } from '@modelcontextprotocol/sdk/types.js';
