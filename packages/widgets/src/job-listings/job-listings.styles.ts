import { css } from 'lit';

/** `<union-job-listings>`: list, detail, apply form and "my applications". Colours come from the token layer. */
export const jobListingsStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .tabs button {
    flex: 1 1 8em;
  }
  .tabs button[aria-pressed='true'] {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  form.search {
    margin-bottom: calc(var(--_space) * 2);
  }
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
  ul.jobs > li,
  ul.applications > li {
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
  .count {
    display: block;
    text-align: end;
  }
  .count.over {
    color: var(--_color-danger);
    font-weight: 600;
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
  .detail-section h4 {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2);
  }
  .detail-section ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .status {
    font-weight: 600;
  }
`;
