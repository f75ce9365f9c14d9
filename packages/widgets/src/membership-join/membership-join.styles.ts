import { css } from 'lit';
import { baseStyles, fieldStyles, widgetTokens } from '../internal/styles.js';
import { smsCodeStyles } from '../internal/styles/sms-code.js';

/** What only `<union-membership-join>` draws: steps, benefits, unions, the review, the member card. */
const own = css`
  .intro {
    color: var(--_color-text-muted);
  }
  .step-heading {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .step-of {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .progress {
    display: flex;
    gap: 4px;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    list-style: none;
  }
  .progress li {
    flex: 1 1 0;
    height: 4px;
    border-radius: 2px;
    background: var(--_color-surface-variant);
    border: 1px solid var(--_color-border);
  }
  .progress li.done,
  .progress li.current {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
  }
  .benefits {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .benefits li {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_color-surface-variant);
  }
  .benefits strong {
    display: block;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_color-primary);
    background: var(--_color-surface-variant);
    border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .actions button {
    flex: 1 1 8em;
  }
  .masked {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-variant);
  }
  .masked .value {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_space);
  }
  .org {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .org.selected {
    border: 2px solid var(--_color-primary);
  }
  .org-search input {
    -webkit-appearance: none;
    appearance: none;
  }
  .org-name {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .consent-notice {
    display: block;
    font-size: 0.9em;
    color: var(--_color-text-muted);
    font-weight: 400;
  }
  .consent-label {
    display: block;
    font-weight: 600;
  }
  dl {
    margin: 0 0 var(--_space);
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(0, 1fr);
    gap: calc(var(--_space) / 2) var(--_space);
  }
  dt {
    color: var(--_color-text-muted);
  }
  /* A long consent beside a short answer: the answer keeps its width and stays on one line. */
  dl.consents-review {
    grid-template-columns: minmax(0, 1fr) max-content;
  }
  dl.consents-review dd {
    white-space: nowrap;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .review-section {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space);
    margin-bottom: var(--_space);
  }
  .review-section .row {
    justify-content: space-between;
  }
  .review-section h4 {
    margin: 0;
  }
  .card {
    border-radius: calc(var(--_radius) * 1.5);
    padding: calc(var(--_space) * 2);
    background: var(--union-membership-join-card-background, var(--_color-primary));
    color: var(--union-membership-join-card-color, var(--_color-on-primary));
    margin-bottom: var(--_space);
  }
  .card dt {
    color: inherit;
    opacity: 0.9;
  }
  .card h3 {
    color: inherit;
  }
  .status {
    border-left: 4px solid var(--_color-primary);
    padding-left: calc(var(--_space) * 1.5);
  }
  .confirm {
    padding: var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    margin-top: var(--_space);
  }
  button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: var(--_color-surface);
    font-weight: 600;
  }
  .success {
    color: var(--_color-success);
  }
`;

/** `<union-membership-join>`: the shared layers, then its own. */
export const membershipJoinStyles = [...baseStyles, widgetTokens('membership-join'), fieldStyles, smsCodeStyles, own];
