/**
 * What `<union-provider>` gives the widgets inside it: the one `UnionCore` of the session, the
 * locale, and the look (theme, care mode). A widget outside a provider gets none of this and uses its
 * own `client` property.
 */
import { createContext } from '@lit/context';
import type { UnionCore } from '@unionkit/sdk';
import type { UnionLocale } from './localize/translation.js';

export type UnionTheme = 'light' | 'dark' | 'auto';
export type UnionMode = 'care';

export interface UnionContextValue {
  client: UnionCore | undefined;
  locale: UnionLocale;
  mode?: UnionMode | undefined;
  theme?: UnionTheme | undefined;
  /**
   * A fresh client token from the partner's server (the provider's `fetchToken`), for what needs a
   * token of its own: the union's hosted page in a cross-origin frame (`internal/hosted-frame.ts`).
   */
  fetchToken?: (() => Promise<string>) | undefined;
  /** The provider's string overrides: a new value re-renders the widgets (the overrides apply through `localize/overrides.ts`). */
  strings?: object | undefined;
}

/** Keyed by a registered symbol, so two copies of this package on one page still find each other. */
export const unionContext = createContext<UnionContextValue | undefined>(Symbol.for('unionkit.context'));
