/**
 * Registers `<union-event-signup>`. STUB: the event-signup widget's engineer replaces this with
 * `customElements.define('union-event-signup', …)` guarded by `customElements.get`, and the
 * `HTMLElementTagNameMap` entry (see define/provider.ts).
 */
export {};
