/** Registers `<union-service-map>`. Import for its side effect: `import '@unionkit/widgets/service-map.js'`. */
import { UnionServiceMap } from '../service-map/service-map.js';

export { UnionServiceMap };

if (!customElements.get('union-service-map')) customElements.define('union-service-map', UnionServiceMap);

declare global {
  interface HTMLElementTagNameMap {
    'union-service-map': UnionServiceMap;
  }
}
