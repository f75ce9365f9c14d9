/**
 * The dialog layer: the privacy notice (or union charter) read in a modal `<dialog>` inside the widget
 * (`notice-dialog.ts`). Only that on-demand module imports it, so it reaches a page with the dialog.
 */
import { css } from 'lit';

export const dialogLayer = css`
  dialog.notice-dialog {
    width: min(40rem, calc(100% - 1rem));
    max-height: calc(100% - 2rem);
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
    background: var(--_color-surface);
    font: inherit;
    overflow-wrap: anywhere;
  }
  dialog.notice-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .notice-head {
    position: sticky;
    top: 0;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .notice-head h2 {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .notice-content {
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  .notice-content p {
    white-space: pre-line;
  }
`;
