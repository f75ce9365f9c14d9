/**
 * A confidential type on a platform's page: the union's hosted page in a cross-origin frame
 * (`<union-hosted-frame>`, `internal/hosted-frame.ts`), so what the worker types — and that a request
 * exists at all — stays out of the platform's reach. Loaded only when such a type (or the confidential
 * requests of "my requests") is opened.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineHostedFrame } from '../internal/hosted-frame.js';
import type { UnionLocale } from '../internal/localize/translation.js';
import type { HelpDeskStrings } from './strings.js';

export interface ConfidentialContext {
  s: HelpDeskStrings;
  /** The type whose form opens there; none for "my requests". */
  type?: string | undefined;
  view: 'form' | 'mine';
  locale: UnionLocale;
  /** The hosted page's close button. */
  close: () => void;
}

export function renderConfidential(c: ConfidentialContext): TemplateResult {
  defineHostedFrame();
  const title = c.type && c.type in c.s.types ? c.s.types[c.type as keyof HelpDeskStrings['types']].name : c.s.mineHeading;
  return html`<section class="hosted-frame-wrap" part="confidential" aria-labelledby="help-form-title">
    <h3 id="help-form-title" data-step-heading tabindex="-1">${title}</h3>
    <union-hosted-frame
      widget="help-desk"
      type=${ifDefined(c.view === 'form' ? c.type : undefined)}
      view=${ifDefined(c.view === 'mine' ? 'mine' : undefined)}
      locale=${c.locale}
      @hosted-close=${c.close}
    ></union-hosted-frame>
  </section>`;
}
