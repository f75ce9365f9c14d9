/**
 * Registers `<union-insurance-enrol>`. STUB: the insurance-enrol widget's engineer replaces this with
 * `customElements.define('union-insurance-enrol', …)` guarded by `customElements.get`, and the
 * `HTMLElementTagNameMap` entry (see define/provider.ts).
 */
export {};
