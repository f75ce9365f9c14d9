import { css } from 'lit';
import { disclosureStyles } from '../internal/disclosure.js';
import { baseStyles, fieldStyles, itemListLayer, segmentedLayer, widgetTokens } from '../internal/styles.js';

/** What only `<union-job-listings>` draws: pay, badges, the message counter, the sharing question and consent. */
const own = css`
  form.search {
    margin-bottom: calc(var(--_space) * 2);
  }
  .salary {
    color: var(--_color-text);
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0 calc(var(--_space) / 1.5);
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.85em;
    line-height: 1.6;
    color: var(--_color-primary);
  }
  .badge.done {
    color: var(--_color-success);
  }
  .notice.error .message,
  .confirm .message,
  .blocked.error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .notice.success {
    border-left-color: var(--_color-success);
  }
  /* A question before sending something the worker may not mean to share. */
  .notice.warning {
    border-left-color: var(--_color-danger);
  }
  .notice.warning h4 {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .consent {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .consent legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) / 2);
  }
  .consent .explain {
    color: var(--_color-text-muted);
    font-size: 0.95em;
    margin: 0;
  }
  .consent .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .consent .error:empty {
    display: none;
  }
  .confirm {
    margin-top: var(--_space);
  }
  .status {
    font-weight: 600;
  }
`;

/** `<union-job-listings>`: the shared layers, then its own. Colours come from the token layer. */
export const jobListingsStyles = [
  ...baseStyles,
  widgetTokens('job-listings'),
  fieldStyles,
  disclosureStyles,
  segmentedLayer,
  itemListLayer,
  own,
];
