/** `<script type="module" src="…/event-signup.js">`: the first-paint gate first (see first-paint-gate.ts), then the element. */
import './first-paint-gate.js';

export { UnionEventSignup } from '../define/event-signup.js';
