import { css } from 'lit';
import { baseStyles, cardLayer, fieldStyles, itemListLayer, widgetTokens } from '../internal/styles.js';

/** What only `<union-help-desk>` draws: the type tiles, the hotlines, counters, the booking, the reference, messages. */
const own = css`
  ul.types {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .type-tile,
  .hotline-big {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    width: 100%;
    min-height: calc(var(--_touch-target) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    text-align: start;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    box-sizing: border-box;
    text-decoration: none;
  }
  .hotline-big {
    margin-bottom: var(--_space);
  }
  .type-name {
    font-weight: 700;
    font-size: 1.1em;
    color: var(--_color-primary);
  }
  .type-explain {
    font-size: 0.95em;
  }
  .lock {
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  .lock::before {
    content: '🔒 ';
  }
  button.wide {
    width: 100%;
  }
  .back {
    margin-bottom: var(--_space);
  }
  fieldset.consent,
  fieldset.choices,
  fieldset.booking {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
    min-width: 0;
  }
  fieldset legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) / 2);
  }
  .consent .explain {
    color: var(--_color-text-muted);
    font-size: 0.95em;
    margin: 0;
  }
  fieldset .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  fieldset .error:empty {
    display: none;
  }
  .subsidy {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .subsidy .muted {
    display: block;
    font-size: 0.9em;
  }
  .point > span {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .reference {
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.08em;
    margin: 0;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .reference-label {
    margin: 0;
    font-weight: 600;
  }
  .messages > li.mine {
    border-left: 4px solid var(--_color-primary);
  }
  .messages > li.theirs {
    border-left: 4px solid var(--_color-success);
  }
  .message-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }
  .status {
    font-weight: 600;
  }
  .hosted-frame-wrap {
    min-width: 0;
  }
`;

/** `<union-help-desk>`: the shared layers, then its own. Colours come from the token layer. */
export const helpDeskStyles = [...baseStyles, widgetTokens('help-desk'), fieldStyles, cardLayer, itemListLayer, own];
