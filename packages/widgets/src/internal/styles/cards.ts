/**
 * The cards-and-lists layer, in two kinds a widget picks from:
 *
 * - `cardLayer` (events, insurance): a list of cards (`.list`, `.card`), label–value facts (`dl.facts`,
 *   stacked on a narrow phone), tags, panels (`.panel`, `.success`, `.warn`: the confirm panel's look,
 *   see `views/confirm.ts`), an action row and a big figure (`.big`).
 * - `itemListLayer` (jobs, service points): a plain list of bordered items (`ul.plain > li`) whose
 *   title is a link-looking button (`.item-link`), grey meta lines, full-width actions, detail sections
 *   and notices (`.notice`, `.notice.error`) above the results.
 */
import { css } from 'lit';

export const cardLayer = css`
  .body {
    container-type: inline-size;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .card {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_color-surface);
    min-width: 0;
  }
  .card h3 {
    margin-bottom: calc(var(--_space) / 2);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0 0 var(--_space);
  }
  .facts dt {
    color: var(--_color-text-muted);
  }
  .facts dd {
    margin: 0;
    min-width: 0;
  }
  .tag {
    display: inline-block;
    padding: 0 calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_color-surface-variant);
    font-weight: 600;
  }
  .tag.ok {
    color: var(--_color-success);
  }
  /* A neutral panel; success (a place, cover, a done cancellation) and warnings each have their own colour. */
  .panel {
    border-left: 4px solid var(--_color-border);
    padding-left: calc(var(--_space) * 1.5);
    margin: var(--_space) 0;
  }
  .panel.success {
    border-left-color: var(--_color-success);
  }
  .panel.warn {
    border-left-color: var(--_color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .big {
    font-size: 1.15em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* Narrow (a 320 px phone): label above value. */
  @container (max-width: 22rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
    }
    .facts dd {
      margin-bottom: calc(var(--_space) / 2);
    }
  }
`;

export const itemListLayer = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: var(--_space) 0;
  }
  .actions > button {
    flex: 1 1 auto;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.plain > li {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: var(--_space);
    background: var(--_color-surface);
  }
  .item-title {
    margin: 0;
    font-size: 1.05em;
  }
  button.item-link {
    display: flex;
    justify-content: flex-start;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.95em;
  }
  .detail-section h4 {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .detail-section ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .notice {
    border-left: 4px solid var(--_color-primary);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: var(--_space) 0;
    background: var(--_color-surface-variant);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .notice.error {
    border-left-color: var(--_color-danger);
  }
`;
