/**
 * The syntax tree of a `.webhook` file: `parseWebhook(text)` and the node types. Every part that
 * reads a template (the language service, the send engine, the client) reads this tree.
 */
export * from './ast';
export { parseWebhook } from './parse';
export { parseConnectedContent } from './connected-content';
export { maskBodyLiquid, JSON_MAX_DEPTH } from './json-body';
export { toTextOffset } from './offset-map';
