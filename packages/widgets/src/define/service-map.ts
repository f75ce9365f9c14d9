/**
 * Registers `<union-service-map>`. STUB: the service-map widget's engineer replaces this with
 * `customElements.define('union-service-map', …)` guarded by `customElements.get`, and the
 * `HTMLElementTagNameMap` entry (see define/provider.ts).
 */
export {};
