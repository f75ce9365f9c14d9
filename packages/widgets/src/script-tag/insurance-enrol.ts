/** `<script type="module" src="…/insurance-enrol.js">`: the first-paint gate first (see first-paint-gate.ts), then the element. */
import './first-paint-gate.js';

export { UnionInsuranceEnrol } from '../define/insurance-enrol.js';
