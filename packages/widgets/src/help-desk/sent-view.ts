/**
 * "Sent": the request's spoken reference (`QZ-7K3M-2Q`), large, with how to quote it on the phone and
 * the same characters spaced out to read aloud one by one; for a certificate subsidy, its amount.
 */
import type { HelpRequest } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import type { HelpFormStrings } from './form-strings.js';

export interface SentContext {
  t: Translation;
  fs: HelpFormStrings;
  fmt: Formatter;
  request: HelpRequest | undefined;
  openMine: () => void;
  home: () => void;
}

/** "QZ-7K3M-2Q" → "Q Z - 7 K 3 M - 2 Q", for reading out. */
export const spelled = (reference: string): string => [...reference].join(' ');

export function renderSent(c: SentContext): TemplateResult {
  const { fs, request } = c;
  return html`<section class="panel success sent" aria-labelledby="help-sent-title">
    <h3 id="help-sent-title" data-step-heading tabindex="-1">${fs.sentHeading}</h3>
    ${request
      ? html`<p class="reference-label">${fs.referenceLabel}</p>
          <p class="reference" part="reference" data-reference>${request.reference}</p>
          <p class="muted spelled">${fs.readAloud(spelled(request.reference))}</p>
          <p>${fs.howToQuote(request.reference)}</p>
          ${request.subsidyFen !== undefined ? html`<p>${fs.subsidyAmount(c.fmt.money(request.subsidyFen, { trim: true }))}</p>` : nothing}`
      : nothing}
    <div class="actions">
      <button type="button" part="button button-primary" class="primary" @click=${c.openMine}>${fs.openMine}</button>
      <button type="button" part="button" @click=${c.home}>${fs.newRequest}</button>
    </div>
  </section>`;
}
