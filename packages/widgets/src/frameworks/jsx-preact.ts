/**
 * `@unionkit/widgets/jsx-preact`: the UnionKit tags in Preact's JSX. Opt in with
 * `import type {} from '@unionkit/widgets/jsx-preact'` (or `"types": ["@unionkit/widgets/jsx-preact"]`).
 *
 * Preact sets a prop as a property when the element has it, so register the tags first
 * (`import '@unionkit/widgets/define.js'`). A listener is `on` + the event's name (`onunion-ready`),
 * typed with the event's detail.
 */
import type {} from 'preact';
import type { UnionElementListeners, UnionElementOf, UnionElementProperties, UnionElementTag } from './types.js';

/** The JSX props of a UnionKit tag in Preact. */
export type UnionPreactJsxProps<T extends UnionElementTag> = Omit<
  import('preact').JSX.HTMLAttributes<UnionElementOf<T>>,
  keyof UnionElementProperties<T> | `on${string}-${string}`
> &
  UnionElementProperties<T> &
  UnionElementListeners<T>;

/** `IntrinsicElements` entries of every UnionKit tag. */
export type UnionPreactIntrinsicElements = { [T in UnionElementTag]: UnionPreactJsxProps<T> };

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends UnionPreactIntrinsicElements {}
  }
}

export type * from './types.js';
