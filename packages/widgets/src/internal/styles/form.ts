/**
 * The form layer: labelled fields (`views/fields.ts`, `fields.ts`), hints and errors, checkboxes and
 * radios inside their 44 px label (`.choice`), and the link-looking button that opens a consent's notice.
 */
import { css } from 'lit';

export const formLayer = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) * 2);
    min-width: 0;
  }
  .field label,
  .field .label {
    font-weight: 600;
  }
  .field input,
  .field select,
  .field textarea {
    width: 100%;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .field textarea {
    padding: var(--_space);
    min-height: calc(var(--_touch-target) * 2);
  }
  .field [aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }
  .field .hint {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  /* A text box's character counter (textAreaField), at the end of the line; red once over the limit. */
  .field .count {
    display: block;
    text-align: end;
  }
  .field .error,
  .field .count.over {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .field .error:empty {
    display: none;
  }
  /* A checkbox or radio sits inside its label; the label is the 44 px target. */
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-height: var(--_touch-target);
    padding: calc(var(--_space) / 2) 0;
    cursor: pointer;
  }
  /* Opens the notice a consent agrees to: a link-looking button, still a 44 px target. */
  .notice-link {
    align-self: flex-start;
    min-height: var(--_touch-target);
    margin-inline-start: calc(1.25em + var(--_space));
    padding: 0 calc(var(--_space) / 2);
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
  }
  .choice input {
    min-height: 0;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
  }
`;
