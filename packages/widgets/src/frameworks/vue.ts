/**
 * `@unionkit/widgets/vue`: the UnionKit tags as Vue 3 `GlobalComponents`, so `vue-tsc` checks their
 * props and `@union-…` listeners in templates (with `vueCompilerOptions.strictTemplates`, a misspelt
 * prop or event fails). Opt in with `import type {} from '@unionkit/widgets/vue'` (or
 * `"types": ["@unionkit/widgets/vue"]`).
 *
 * They stay custom elements at run time: tell Vue so (`compilerOptions.isCustomElement: (tag) =>
 * tag.startsWith('union-')` in `@vitejs/plugin-vue`'s `template` options) and register them
 * (`import '@unionkit/widgets/define.js'`). Vue sets a prop as a property only when it is written
 * as the property's name, so bind properties in camelCase (`:fetchToken`, not `:fetch-token`);
 * `@union-ready` listens to `union-ready`.
 */
import type { DefineComponent } from 'vue';
import type { UnionElementCallbacks, UnionElementProperties, UnionElementTag } from './types.js';

/** The props Vue sees on a UnionKit tag: its properties and an `onUnion…` prop per event (`@union-…`). */
export type UnionVueProps<T extends UnionElementTag> = UnionElementProperties<T> & UnionElementCallbacks<T>;

/** `GlobalComponents` entries of every UnionKit tag. */
export type UnionVueGlobalComponents = { [T in UnionElementTag]: DefineComponent<UnionVueProps<T>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends UnionVueGlobalComponents {}
}

export type * from './types.js';
