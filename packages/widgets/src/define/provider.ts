/** Registers `<union-provider>`. Import for its side effect: `import '@unionkit/widgets/provider.js'`. */
import { UnionProvider } from '../provider/provider.js';

export { UnionProvider };

if (!customElements.get('union-provider')) customElements.define('union-provider', UnionProvider);

declare global {
  interface HTMLElementTagNameMap {
    'union-provider': UnionProvider;
  }
}
