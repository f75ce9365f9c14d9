/**
 * A confidential type on a platform's page: the union's hosted page in a cross-origin frame
 * (`internal/hosted-frame.ts`), so what the worker types — and that a request exists at all — stays out
 * of the platform's reach. Loaded only when such a type is opened.
 */
import type { UnionCore } from '@unionkit/sdk';
import { html, type TemplateResult } from 'lit';
import type { UnionLocale } from '../internal/localize/translation.js';
import type { Translation } from '../internal/localize/translation.js';
import type { HelpDeskStrings } from './strings.js';

export interface ConfidentialContext {
  s: HelpDeskStrings;
  t: Translation;
  type?: string | undefined;
  /** `mine` to show the confidential requests rather than a form. */
  view?: 'form' | 'mine';
  locale: UnionLocale;
  client: UnionCore | undefined;
}

export function renderConfidential(c: ConfidentialContext): TemplateResult {
  return html`<section class="hosted-frame-wrap" aria-labelledby="help-form-title">
    <h3 id="help-form-title" data-step-heading tabindex="-1">${c.type && c.type in c.s.types ? c.s.types[c.type as keyof HelpDeskStrings['types']].name : c.s.mineHeading}</h3>
  </section>`;
}
