/** `<script type="module" src="…/provider.js">`: the first-paint gate first (see first-paint-gate.ts), then the element. */
import './first-paint-gate.js';

export { UnionProvider, registerLocale, setStringOverrides } from '../define/provider.js';
