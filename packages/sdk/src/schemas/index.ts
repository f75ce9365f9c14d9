/**
 * `@unionkit/sdk/schemas`: the zod/mini validators of every request and response, generated from the
 * contract, with the resident-ID check and the message count; `@unionkit/contract/schemas` unchanged.
 */
export * from '@unionkit/contract/schemas';
