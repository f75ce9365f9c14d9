/**
 * Named types for every schema of the UnionKit API: `ServicePoint`, `MembershipApplicationCreate`, …
 * They are the contract's own, generated into `./generated/openapi.ts`.
 */
export type * from './generated/openapi.js';
