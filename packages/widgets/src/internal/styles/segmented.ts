/**
 * The segmented-control layer (`views/segmented.ts`): a row of tabs that wraps on a narrow phone, each
 * a full touch target. The selected tab is filled with the primary colour; `.segmented.outline` draws
 * it outlined instead (the event and insurance widgets' look).
 */
import { css } from 'lit';

export const segmentedLayer = css`
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .segmented > [role='tab'] {
    flex: 1 1 6em;
  }
  .segmented > [aria-selected='true'] {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  .segmented.outline > [role='tab'] {
    flex: none;
  }
  .segmented.outline > [aria-selected='true'] {
    background: var(--_color-surface);
    border-width: 2px;
    color: var(--_color-primary);
  }
`;
