/**
 * The SMS code view's layer (`views/sms-code.ts`). Apart from the view so that a widget's styles, which
 * load with its page, do not bring the view itself: the join flow draws it in a part loaded on demand.
 */
import { css } from 'lit';

/** The view's layout (after the form layer, `fieldStyles`): a field and its button side by side, the code in a dashed box. */
export const smsCodeStyles = css`
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-end;
  }
  .inline > .field {
    flex: 1 1 10em;
  }
  .inline > button {
    flex: 0 1 auto;
    margin-bottom: calc(var(--_space) * 2);
  }
  .verified {
    color: var(--_color-success);
    font-weight: 600;
  }
  .sms {
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
`;
