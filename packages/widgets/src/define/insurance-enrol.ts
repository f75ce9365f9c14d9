/** Registers `<union-insurance-enrol>`. Import for its side effect: `import '@unionkit/widgets/insurance-enrol.js'`. */
import { UnionInsuranceEnrol } from '../insurance-enrol/insurance-enrol.js';

export { UnionInsuranceEnrol };

if (!customElements.get('union-insurance-enrol')) customElements.define('union-insurance-enrol', UnionInsuranceEnrol);

declare global {
  interface HTMLElementTagNameMap {
    'union-insurance-enrol': UnionInsuranceEnrol;
  }
}
