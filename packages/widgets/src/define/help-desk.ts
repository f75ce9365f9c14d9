/** Registers `<union-help-desk>`. Import for its side effect: `import '@unionkit/widgets/help-desk.js'`. */
import { UnionHelpDesk } from '../help-desk/help-desk.js';

export { UnionHelpDesk };

if (!customElements.get('union-help-desk')) customElements.define('union-help-desk', UnionHelpDesk);

declare global {
  interface HTMLElementTagNameMap {
    'union-help-desk': UnionHelpDesk;
  }
}
