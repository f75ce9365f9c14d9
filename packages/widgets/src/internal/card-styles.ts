import { css } from 'lit';

/**
 * The layout the event and insurance widgets share: a view switch (`.views`), a list of cards
 * (`.list`, `.card`), label–value facts (`dl.facts`, stacked on a narrow phone), tags, panels
 * (`.panel`, `.success`, `.warn`: the confirm panel's look, see `confirm-panel.ts`), an action row and
 * a big figure (`.big`). A widget adds it after `fieldStyles` and before its own styles.
 */
export const cardStyles = css`
  .body {
    container-type: inline-size;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }
  .views button[aria-current='page'] {
    border-color: var(--_color-primary);
    border-width: 2px;
    font-weight: 600;
    color: var(--_color-primary);
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
