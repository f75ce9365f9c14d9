/**
 * What the claim part does for `<union-insurance-enrol>` (so that the entry stays small): the claim
 * form and "我的理赔" with their actions — sending a claim and moving focus to the first field in error
 * or to the claim sent, opening a claim, more documents, withdraw — each said to screen readers.
 */
import type { InsuranceClaim } from '@unionkit/sdk/types';
import type { TemplateResult } from 'lit';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { LoadTask } from '../internal/controllers/load.js';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { CLAIM_FIELD_SELECTOR, renderClaimForm, type ClaimViewContext } from './claim-form-view.js';
import { renderClaims } from './claim-list-view.js';
import type { ClaimState } from './claim-state.js';
import type { ClaimStrings } from './claim-strings.js';

export interface ClaimEnv {
  host: WidgetHost;
  state: ClaimState;
  claims: LoadTask<InsuranceClaim[]>;
  cs: ClaimStrings;
  t: Translation;
  fmt: Formatter;
  planName: (planId: string) => string;
  noticeLink: ClaimViewContext['noticeLink'];
  /** Back from the form to "我的保障". */
  back: () => void;
  /** To "我的理赔" (the claim just sent opened). */
  showClaims: () => void;
}

async function focus(host: WidgetHost, selector: string): Promise<void> {
  await host.updateComplete;
  host.element.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}

const context = (env: ClaimEnv): ClaimViewContext => ({
  cs: env.cs,
  t: env.t,
  fmt: env.fmt,
  state: env.state,
  planName: env.planName,
  noticeLink: env.noticeLink,
});

async function submit(env: ClaimEnv): Promise<void> {
  const { state, cs, host } = env;
  const outcome = await state.submit(cs, (d) => env.fmt.date(d));
  if (outcome === undefined) return;
  if (typeof outcome === 'string') {
    await focus(host, CLAIM_FIELD_SELECTOR[outcome]);
    return;
  }
  host.announce(cs.submitted);
  env.showClaims();
  state.open(outcome);
  await focus(host, '#claim-title');
}

export function claimFormView(env: ClaimEnv): TemplateResult {
  return renderClaimForm(context(env), () => void submit(env), env.back);
}

export function claimsView(env: ClaimEnv): unknown {
  const { state, cs, host } = env;
  return renderClaims(context(env), env.claims, {
    open: (claim) => {
      state.open(claim);
      void focus(host, '#claim-title');
    },
    back: () => {
      const id = state.current?.id;
      state.open(undefined);
      void env.claims.run().then(() => focus(host, `[data-claim="${CSS.escape(id ?? '')}"] button[part~="open-claim"]`));
    },
    sendDocuments: () =>
      void state.sendDocuments(cs).then(async (sent) => {
        if (!sent) return;
        host.announce(cs.documentsSent);
        await focus(host, '#claim-title');
      }),
    askWithdraw: () => {
      state.confirmingWithdraw = true;
      host.requestUpdate();
      void focus(host, '[data-cancel-question]');
    },
    keep: () => {
      state.confirmingWithdraw = false;
      state.withdrawal.clear();
      host.requestUpdate();
      void focus(host, '[data-withdraw]');
    },
    withdraw: () =>
      void state.withdraw().then(async (claim) => {
        if (!claim) return;
        host.announce(cs.withdrawn);
        await focus(host, '#claim-title');
      }),
  });
}
