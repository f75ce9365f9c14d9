/** `<script type="module" src="…/service-map.js">`: the first-paint gate first (see first-paint-gate.ts), then the element. */
import './first-paint-gate.js';

export { UnionServiceMap } from '../define/service-map.js';
