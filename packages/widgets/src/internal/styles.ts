/**
 * The style layers a widget composes, one module per concern under `styles/` (as material-web layers
 * a component's shared styles):
 *
 *   tokens      the `--union-…` custom properties (light, dark) → private `--_…` copies
 *   base        host, wrapper, typography, care mode, focus, buttons, links, footer
 *   states      loading skeleton, empty, error with retry, notices, load more
 *   form        labelled fields, hints, errors, checkboxes, the notice link
 *   cards       card lists (events, insurance) and item lists (jobs, service points)
 *   segmented   the tabs that switch a widget's views
 *   dialog      the notice dialog (on demand)
 *
 * A widget's `<widget>.styles.ts` lists the layers it uses, then its own rules:
 * `[...baseStyles, widgetTokens('job-listings'), fieldStyles, segmentedLayer, itemListLayer, own]`.
 *
 * Public theming surface: the tokens (`--union-<token>`, `--union-<widget>-<token>`, see `TOKENS`) and
 * the parts (`::part`): `base`, `header`, `heading`, `body`, `footer`, `button` (plus `button-primary`),
 * `field`, `label`, `input`, `hint`, `error`, `loading`, `empty`, `retry`, `hotline`. Widgets add their
 * own with the same words (`card`, `list`, `item`, …).
 */
import type { CSSResult } from 'lit';
import { baseLayer } from './styles/base.js';
import { formLayer } from './styles/form.js';
import { statesLayer } from './styles/states.js';
import { tokenCss } from './styles/tokens.js';

export { TOKENS, widgetTokens } from './styles/tokens.js';
export { cardLayer, itemListLayer } from './styles/cards.js';
export { segmentedLayer } from './styles/segmented.js';

/** Tokens, base and states: every widget starts with these. */
export const baseStyles: CSSResult[] = [tokenCss(), baseLayer, statesLayer];

/** Labelled fields (see `field()` in `fields.ts`). */
export const fieldStyles: CSSResult = formLayer;
