import { css } from 'lit';
import { baseStyles, cardLayer, fieldStyles, segmentedLayer, widgetTokens } from '../internal/styles.js';

/** What only `<union-insurance-enrol>` draws: benefits, eligibility, reasons. */
const own = css`
  .benefits {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .eligibility {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space);
    margin-top: var(--_space);
  }
  .eligibility .status {
    font-weight: 600;
  }
  .eligibility .status.ok {
    color: var(--_color-success);
  }
  .reasons {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
`;

/** `<union-insurance-enrol>`: the shared layers (cards), then its own. */
export const insuranceEnrolStyles = [...baseStyles, widgetTokens('insurance-enrol'), fieldStyles, segmentedLayer, cardLayer, own];
