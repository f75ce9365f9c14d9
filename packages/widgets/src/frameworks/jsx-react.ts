/**
 * `@unionkit/widgets/jsx-react`: the UnionKit tags in React 19's JSX, for a page that writes
 * `<union-provider>` itself rather than using `@unionkit/widgets/react`. Opt in with
 * `import type {} from '@unionkit/widgets/jsx-react'` (or `"types": ["@unionkit/widgets/jsx-react"]`).
 *
 * React 19 sets a prop as a property when the element has it, so register the tags first
 * (`import '@unionkit/widgets/define.js'`). A listener is `on` + the event's name (`onunion-ready`),
 * typed with the event's detail; TypeScript does not check the spelling of a JSX name with a dash, so
 * prefer `@unionkit/widgets/react`'s `onUnionReady` where a typo should fail the build.
 */
import type {} from 'react';
import type { UnionElementListeners, UnionElementOf, UnionElementProperties, UnionElementTag } from './types.js';

/** The JSX props of a UnionKit tag in React 19. */
export type UnionReactJsxProps<T extends UnionElementTag> = Omit<
  import('react').DetailedHTMLProps<import('react').HTMLAttributes<UnionElementOf<T>>, UnionElementOf<T>>,
  keyof UnionElementProperties<T>
> &
  UnionElementProperties<T> &
  UnionElementListeners<T> & { class?: string };

declare module 'react' {
  namespace JSX {
    // Every public tag, from the generated element list.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends UnionReactIntrinsicElements {}
  }
}

/** `IntrinsicElements` entries of every UnionKit tag. */
export type UnionReactIntrinsicElements = { [T in UnionElementTag]: UnionReactJsxProps<T> };

export type * from './types.js';
