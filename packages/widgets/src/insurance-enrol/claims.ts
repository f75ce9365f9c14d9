/**
 * 申请互助金 and "我的理赔" for `<union-insurance-enrol>`: the claim part (loaded only when the worker
 * opens either, in its own chunk), the worker's claims and the claim being made (its state is made by
 * the part the first time and then kept here, so nothing typed or picked is lost). The element keeps
 * which view shows; this renders the claim views once the part is here.
 */
import type { InsuranceClaim, InsuranceEnrolment, InsurancePlan } from '@unionkit/sdk/types';
import type { WidgetHost } from '../internal/controllers/host.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import { LoadTask } from '../internal/controllers/load.js';
import type { ClaimEnv } from './claim-flow.js';
import type { ClaimState } from './claim-state.js';

type ClaimPart = typeof import('./claim-part.js');

export interface ClaimHooks {
  /** The claim views' words (the part's table in the current locale), formatters, links and moves. */
  env: (part: ClaimPart) => Omit<ClaimEnv, 'host' | 'state' | 'claims'>;
  /** The plan of an enrolment, for the benefits a claim may ask for. */
  plan: (planId: string) => InsurancePlan | undefined;
}

export class ClaimsController {
  readonly #host: WidgetHost;
  readonly #hooks: ClaimHooks;
  readonly #part: LazyPart<ClaimPart>;
  #state: ClaimState | undefined;
  /** The worker's claims, loaded when "我的理赔" opens. */
  readonly claims: LoadTask<InsuranceClaim[]>;

  constructor(host: WidgetHost, hooks: ClaimHooks) {
    this.#host = host;
    this.#hooks = hooks;
    this.#part = new LazyPart<ClaimPart>(host, () => import('./claim-part.js'), { prefetch: false });
    this.claims = new LoadTask<InsuranceClaim[]>(
      host,
      // The claims resource comes with the claim part, so a page that never opens claims does not carry it.
      async (client, signal) => (await this.#part.load()).listClaims(client, signal),
      { auto: false },
    );
  }

  #env(part: ClaimPart): ClaimEnv {
    const state = (this.#state ??= part.createClaimState(this.#host));
    return { host: this.#host, state, claims: this.claims, ...this.#hooks.env(part) };
  }

  /** 申请互助金 on an enrolment: the claim part loads (once), then the form opens on it. */
  start(e: InsuranceEnrolment): void {
    void this.#part
      .load()
      .then((part) => {
        this.#env(part).state.start(e, this.#hooks.plan(e.planId));
        this.#host.requestUpdate();
        return this.#host.focusHeading();
      })
      .catch(() => undefined);
  }

  /** "我的理赔" opens: the list (no claim open), read again. */
  show(): void {
    this.#state?.open(undefined);
    void this.claims.run();
  }

  /** The claim form, once the part is here and the form has its enrolment. */
  renderForm(): unknown {
    return this.#part.render((part) => {
      const env = this.#env(part);
      return env.state.enrolment ? part.claimFormView(env) : this.#host.renderLoading();
    });
  }

  /** "我的理赔": the list, or the claim opened. */
  renderList(): unknown {
    return this.#part.render((part) => part.claimsView(this.#env(part)));
  }
}
