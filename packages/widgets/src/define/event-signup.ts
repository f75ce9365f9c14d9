/** Registers `<union-event-signup>`. Import for its side effect: `import '@unionkit/widgets/event-signup.js'`. */
import { UnionEventSignup } from '../event-signup/event-signup.js';

export { UnionEventSignup };

if (!customElements.get('union-event-signup')) customElements.define('union-event-signup', UnionEventSignup);

declare global {
  interface HTMLElementTagNameMap {
    'union-event-signup': UnionEventSignup;
  }
}
