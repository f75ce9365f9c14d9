import { css } from 'lit';

/** `<union-insurance-enrol>`'s own layout (on top of `cardStyles`): benefits, eligibility, reasons. */
export const insuranceEnrolStyles = css`
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
