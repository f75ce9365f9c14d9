/**
 * The first view of `<union-help-desk>`: the request types as large touch targets with a line on what
 * each is for (a confidential one says it opens on the union's page), the two hotlines one tap away,
 * and the way into "我的求助" with how many requests are being handled.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HelpDeskStrings } from './strings.js';
import { isConfidential, type HelpRequestType } from './types.js';

export interface HomeContext {
  s: HelpDeskStrings;
  types: readonly HelpRequestType[];
  /** The "my requests" block: its load's state (loading, error with retry) or the count. */
  mine: unknown;
  open: (type: HelpRequestType) => void;
}

export function renderHome(c: HomeContext): TemplateResult {
  const { s } = c;
  return html`<section aria-labelledby="help-types-title">
      <h3 id="help-types-title" data-step-heading tabindex="-1">${s.typesHeading}</h3>
      <ul class="types" part="types">
        ${c.types.map(
          (type) => html`<li>
            <button type="button" class="type-tile" part="button type" data-type=${type} @click=${() => c.open(type)}>
              <span class="type-name">${s.types[type].name}</span>
              <span class="type-explain">${s.types[type].explain}</span>
              ${isConfidential(type) ? html`<span class="lock">${s.confidentialBadge}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>
    </section>
    <section class="hotlines" part="hotlines" aria-labelledby="help-hotlines-title">
      <h3 id="help-hotlines-title">${s.hotlinesHeading}</h3>
      <a class="hotline-big" part="hotline-call" href="tel:12351"
        ><span class="type-name">${s.hotlineWorkers}</span><span class="muted">${s.hotlineWorkersNote}</span></a
      >
      <a class="hotline-big" part="hotline-call" href="tel:12348"
        ><span class="type-name">${s.hotlineLegal}</span><span class="muted">${s.hotlineLegalNote}</span></a
      >
    </section>
    <section class="mine-entry" part="mine-entry" aria-labelledby="help-mine-title">
      <h3 id="help-mine-title">${s.mineHeading}</h3>
      ${c.mine}
    </section>`;
}
