/** `<script type="module" src="…/membership-join.js">`: the first-paint gate first (see first-paint-gate.ts), then the element. */
import './first-paint-gate.js';

export { UnionMembershipJoin } from '../define/membership-join.js';
