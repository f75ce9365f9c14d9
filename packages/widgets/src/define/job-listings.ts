/**
 * Registers `<union-job-listings>`. STUB: the job-listings widget's engineer replaces this with
 * `customElements.define('union-job-listings', …)` guarded by `customElements.get`, and the
 * `HTMLElementTagNameMap` entry (see define/provider.ts).
 */
export {};
