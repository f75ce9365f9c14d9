import { css } from 'lit';
import { baseStyles, cardLayer, fieldStyles, segmentedLayer, widgetTokens } from '../internal/styles.js';

/** What only `<union-event-signup>` draws: filters, badges, tags of full and members-only events. */
const own = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0 var(--_space);
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-width: 0;
  }
  .filters legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_space);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .tag.full {
    color: var(--_color-danger);
  }
  .tag.members {
    border: 1px solid var(--_color-primary);
    color: var(--_color-primary);
    background: transparent;
  }
  .description {
    white-space: pre-line;
  }
  /* A family event's companions step: one bordered group per companion. */
  .companion {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: 0 var(--_space) var(--_space);
    min-width: 0;
  }
  .companion legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) / 2);
  }
  [part~='companions'] > .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
`;

/** `<union-event-signup>`: the shared layers (cards), then its own. */
export const eventSignupStyles = [...baseStyles, widgetTokens('event-signup'), fieldStyles, segmentedLayer, cardLayer, own];
