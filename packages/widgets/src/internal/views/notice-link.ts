/**
 * The link-looking button beside a consent that opens the text it agrees to (a privacy notice or the
 * union charter) in a dialog inside the widget; styled by `styles/form.ts`, a 44 px target.
 * `describedBy`: the id of the consent's label, so a screen reader says which notice it opens.
 *
 * @csspart notice-link - The link that opens the privacy notice or charter a consent agrees to.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translation } from '../localize/translation.js';

export function noticeLink(t: Translation, describedBy: string | undefined, open: (trigger: HTMLElement) => void): TemplateResult {
  return html`<button
    type="button"
    class="notice-link"
    part="button notice-link"
    aria-haspopup="dialog"
    aria-describedby=${ifDefined(describedBy)}
    @click=${(e: Event) => open(e.currentTarget as HTMLElement)}
  >
    ${t.common.readNotice}
  </button>`;
}
