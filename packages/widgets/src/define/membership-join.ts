/** Registers `<union-membership-join>`. Import for its side effect: `import '@unionkit/widgets/membership-join.js'`. */
import { UnionMembershipJoin } from '../membership-join/membership-join.js';

export { UnionMembershipJoin };

if (!customElements.get('union-membership-join')) customElements.define('union-membership-join', UnionMembershipJoin);

declare global {
  interface HTMLElementTagNameMap {
    'union-membership-join': UnionMembershipJoin;
  }
}
