/** `<script type="module" src="…/help-desk.js">`: the first-paint gate first (see first-paint-gate.ts), then the element. */
import './first-paint-gate.js';

export { UnionHelpDesk } from '../define/help-desk.js';
