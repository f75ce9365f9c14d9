/**
 * `@unionkit/sdk/types`: named types for every schema of the UnionKit API (`ServicePoint`,
 * `MembershipApplicationCreate`, …), the contract's own, from `@unionkit/contract`.
 */
export type * from '@unionkit/contract';
