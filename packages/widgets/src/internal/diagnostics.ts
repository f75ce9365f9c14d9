/**
 * What a platform's engineer reads in the console when a widget is set up wrong: one line each — what
 * is wrong, what to do, where the docs say more. Development only: `UnionElement` loads this module on
 * demand on a page served from localhost (`isDevelopment()`), so a production page never fetches it and
 * never warns. No line holds a token, a key or anything of the worker: only the element's tag and codes.
 */
import { devWarn } from './localize/dev.js';
import type { UnionErrorCode } from './localize/translation.js';

/** The error-code reference in the widgets guide (zh-CN: docs/widgets.zh-CN.md, same section). */
export const DIAGNOSTICS_DOCS = 'docs/widgets.en.md#errors-and-diagnostics';

const FIXES: Partial<Record<UnionErrorCode, string>> = {
  provider_missing:
    'has neither a <union-provider> around it nor a client, so it cannot ask the API. Put it inside <union-provider base-url="…/v1"> and set the provider’s fetchToken, or set the widget’s client property to a UnionClient.',
  token_fetch_failed:
    'got no client token: the provider’s fetchToken failed or resolved to something that is not a widget-session client token (wst_…). Make fetchToken resolve to the clientToken your server gets from POST /v1/widget-sessions; 重试 calls it again.',
  secret_key_in_browser:
    'was handed a secret key (sk_…); it was refused and not sent. The secret key stays on your server: mint a widget session there (POST /v1/widget-sessions) and give the page its client token (wst_…).',
  origin_not_allowed:
    'is on an origin the partner has not registered. Add this page’s origin to the partner’s allowed origins.',
  forbidden_scope:
    'asked for something its widget session does not cover. Name this widget’s component when minting the session (POST /v1/widget-sessions, components).',
};

/** Says in the console, once, how to fix `code` for the element `tag`; nothing for a code that is not the page's setup. */
export function warnSetup(tag: string, code: UnionErrorCode): void {
  const fix = FIXES[code];
  if (fix) devWarn(`<${tag}> ${fix} (${code}; see ${DIAGNOSTICS_DOCS})`);
}
