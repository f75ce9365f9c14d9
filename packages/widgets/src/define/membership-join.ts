/**
 * Registers `<union-membership-join>`. STUB: the membership-join widget's engineer replaces this with
 * `customElements.define('union-membership-join', …)` guarded by `customElements.get`, and the
 * `HTMLElementTagNameMap` entry (see define/provider.ts).
 */
export {};
