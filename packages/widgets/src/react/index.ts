/**
 * `@unionkit/widgets/react`: every UnionKit element as a React component (through `@lit/react`), with
 * typed props and an `onUnion…` callback for each `union-*` event it dispatches:
 *
 * ```tsx
 * import { UnionProvider, UnionMembershipJoin } from '@unionkit/widgets/react';
 *
 * <UnionProvider baseUrl="https://api.example/v1" fetchToken={fetchToken}>
 *   <UnionMembershipJoin onUnionMembershipApplicationSubmitted={(e) => console.log(e.detail.applicationId)} />
 * </UnionProvider>
 * ```
 *
 * Importing a component registers its tag. `react` (18 or 19) is an optional peer dependency: a page
 * without React never loads this entry.
 */
export * from './components.js';
export type { UnionComponent, UnionComponentProps } from './wrap.js';
export type {
  UnionCallbackName,
  UnionCustomEvent,
  UnionElementCallbacks,
  UnionElementProperties,
  UnionElementTag,
} from '../frameworks/types.js';
