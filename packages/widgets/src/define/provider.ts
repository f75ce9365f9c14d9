/** Registers `<union-provider>`. Import for its side effect: `import '@unionkit/widgets/provider.js'`. */
import { UnionProvider } from '../provider/provider.js';

export { UnionProvider };
// For pages that load the ready-made bundle: the localisation a platform controls comes with the provider.
export { registerLocale } from '../internal/localize/register.js';
export { setStringOverrides } from '../internal/localize/overrides.js';

if (!customElements.get('union-provider')) customElements.define('union-provider', UnionProvider);

declare global {
  interface HTMLElementTagNameMap {
    'union-provider': UnionProvider;
  }
}
