import { Memberships, Organisations, type UnionCore } from '@unionkit/sdk';
import { OPEN_APPLICATION_STATUSES } from '@unionkit/contract';
import type { DistrictCode, Membership, MembershipApplication } from '@unionkit/sdk/types';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { ActionTask, LoadTask, UnionElement } from '../internal/base.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import { clearDraft, type JoinStep } from './draft.js';
import type { JoinFlow, JoinHooks } from './join-flow.js';
import { membershipJoinStyles } from './membership-join.styles.js';
import { membershipJoinStrings, type MembershipJoinStrings } from './strings.js';
import { renderCard, renderStatus, type ViewContext } from './views.js';
import { ViewHistory } from '../internal/controllers/view-history.js';
import { OpenUrlLinks } from '../internal/controllers/open-url.js';

export { NOTICE_VERSION } from '@unionkit/contract';
export { DRAFT_KEY, type JoinStep } from './draft.js';

const OPEN_STATUSES: ReadonlySet<MembershipApplication['status']> = new Set(OPEN_APPLICATION_STATUSES);
const ACTIVE_MEMBERSHIP: ReadonlySet<Membership['status']> = new Set(['active', 'transfer_pending']);

type Overview =
  | { kind: 'member'; membership: Membership; organisationName: string | undefined }
  | { kind: 'application'; application: MembershipApplication; organisationName: string | undefined }
  | { kind: 'none' };

/** The name of an organisation, by walking its district's list (there is no lookup by id). */
async function organisationName(
  client: UnionCore,
  district: DistrictCode | (string & {}) | null,
  id: string,
  signal: AbortSignal,
): Promise<string | undefined> {
  try {
    // A district the API added after this build is refused by the SDK's query check: no name then.
    const page = use(client, Organisations).list(district ? { district: district as DistrictCode, limit: 100 } : { limit: 100 }, { signal });
    for await (const org of page) if (org.id === id) return org.name;
  } catch (err) {
    if (signal.aborted) throw err;
    // The name is a nicety: the card or status shows without it.
  }
  return undefined;
}

/**
 * @summary Join the union (申请入会): the member card if already a member, the open application's
 * status, else the join flow.
 *
 * The join flow: what membership gives → personal details (name; resident ID validated as typed,
 * birth date and sex derived, shown masked once valid; mobile proved by an SMS code; occupation; work
 * district) → organisation (the suggested one preselected, changeable within the district) → separate
 * consents → review (ID and mobile masked) → submitted, with the union's promise to get in touch
 * within 15 working days. API field errors land on their field and the flow jumps to its step.
 *
 * A half-filled form survives a reload, but only its non-personal part (step, occupation, district,
 * organisation, consents ticked) is kept, in `sessionStorage`; name, ID number and mobile are never
 * stored anywhere and must be entered again.
 *
 * Every consent checkbox and the charter open their full text (`GET /privacy-notices/{purpose}`) in a
 * dialog inside the widget.
 *
 * The host learns the worker's membership only while the worker shares it with the platform (consent
 * `share_status_with_platform`); without it these status events are not sent at all:
 *
 * @event union-membership-status - `{ status, applicationId?, applicationStatus? }`: what was found on
 *   load (`status` is the membership's status, `application_open` or `none`). Status: with consent only.
 * @event union-membership-application-submitted - `{ applicationId, status }` once an application is
 *   made. Status: with consent only.
 * @event union-membership-application-withdrawn - `{ applicationId, status }` once withdrawn. Status:
 *   with consent only.
 * @event union-ready - `{ state }` after the first load.
 * @event union-error - `{ code, retryable }` when a request fails.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and intro.
 * @csspart heading - The widget's and each step's heading.
 * @csspart body - The current view.
 * @csspart progress - The step progress bar.
 * @csspart card - The member card.
 * @csspart status - The open application's status.
 * @csspart benefit - One benefit of membership.
 * @csspart organisation - One organisation choice (a search box filters them when there are many).
 * @csspart review - A section of the review.
 * @csspart button - Every button; `button-primary` the main action of a step; `notice-link` opens a
 *   consent's notice, `notice-close` closes it.
 * @csspart notice-dialog - The dialog showing a privacy notice or the charter.
 * @csspart field - A form field; `label`, `input`, `hint`, `error` inside it.
 * @csspart footer - The footer with the 12351 hotline (`hotline`).
 *
 * @cssproperty --union-membership-join-color-primary - The widget's primary colour (falls back to `--union-color-primary`).
 * @cssproperty --union-membership-join-card-background - The member card's background (default: the primary colour).
 * @cssproperty --union-membership-join-card-color - The member card's text colour (default: on-primary).
 */
export class UnionMembershipJoin extends UnionElement {
  static override styles = membershipJoinStyles;

  /** The current step of the join flow (read-only for hosts; the worker moves it). */
  get step(): JoinStep {
    return this.#flow?.step ?? 'benefits';
  }

  static override properties = {
    ...UnionElement.properties,
    _confirmWithdraw: { state: true },
  };

  /** The open application's withdrawal is being confirmed. */
  declare private _confirmWithdraw: boolean;
  #seenOverview: Overview | undefined;

  readonly #withdrawal = new ActionTask(this.controllerHost, (client, _options, applicationId: string) =>
    use(client, Memberships).withdrawApplication(applicationId),
  );

  /**
   * The join flow, in its own chunk: most visitors are members (the card) or have an open application
   * (the status), so it is fetched ahead of need, and made when it arrives.
   */
  readonly #flowPart = new LazyPart(this.controllerHost, () => import('./join-flow.js'));
  #flow: JoinFlow | undefined;
  /** `tel:` and calendar links an app may open natively (`union-open-url`). */
  readonly #links = new OpenUrlLinks(this);
  readonly #views = new ViewHistory(this, { canGoBack: () => this.#flow?.canGoBack ?? false, goBack: () => this.#flow?.stepBack() });

  /** Steps back one view (a detail → its list, a form step → the one before); false at the widget's root. */
  back(): boolean {
    return this.#views.back();
  }

  /** The heading gets focus once the flow is shown (it was asked for before the flow arrived). */
  #focusWhenFlowArrives = false;

  readonly #flowHooks: JoinHooks = {
    view: () => this.#view,
    noticeLink: (purpose, describedBy) => this.renderNoticeLink(purpose, describedBy),
    // A status event: it goes out only if the worker lets the platform know (the consent is read again).
    submitted: (a) => void this.emit('union-membership-application-submitted', { applicationId: a.id, status: a.status }),
    reload: (message) =>
      void this.#overview.run().then(() => {
        this.announce(message);
        void this.focusHeading();
      }),
  };

  /** Membership, then the open application: which of card, status or join flow to show. */
  readonly #overview: LoadTask<Overview> = new LoadTask<Overview>(
    this.controllerHost,
    async (client, signal) => {
      const m = use(client, Memberships);
      const [found, applications] = await Promise.all([m.retrieve({ signal }), m.listApplications({ limit: 20 }, { signal })]);
      // Not a member is an ordinary answer: `{ status: 'none' }`.
      const membership = found.status === 'none' ? undefined : found;
      const open = applications.data.find((a) => OPEN_STATUSES.has(a.status));
      if (membership && (ACTIVE_MEMBERSHIP.has(membership.status) || !open)) {
        const from = applications.data.find((a) => a.organisationId === membership.organisationId);
        const name = membership.organisationId
          ? await organisationName(client, from?.workDistrict ?? null, membership.organisationId, signal)
          : undefined;
        return { kind: 'member', membership, organisationName: name };
      }
      if (open) {
        const name = await organisationName(client, open.workDistrict, open.organisationId, signal);
        return { kind: 'application', application: open, organisationName: name };
      }
      return { kind: 'none' };
    },
    { isEmpty: () => false },
  );

  constructor() {
    super();
    this._confirmWithdraw = false;
  }

  get #strings(): MembershipJoinStrings {
    return this.localStrings(membershipJoinStrings);
  }

  get #view(): ViewContext {
    return { s: this.#strings, t: this.t, fmt: this.fmt };
  }

  /** Whether the strings of the current locale are loaded, the join flow's own (once it is here) included. */
  override get localeReady(): boolean {
    return super.localeReady && (this.#flow?.stringsReady ?? true);
  }

  /** The flow, made the first time its chunk is here (its controllers join the element then). */
  #flowOf(): JoinFlow | undefined {
    const part = this.#flowPart.module;
    if (!this.#flow && part) {
      this.#flow = new part.JoinFlow(this.controllerHost, this.#flowHooks);
      if (this.#focusWhenFlowArrives) {
        this.#focusWhenFlowArrives = false;
        void this.focusHeading();
      }
    }
    return this.#flow;
  }

  /** Back to the flow's start with nothing of the worker's kept, whether or not the flow is here yet. */
  #resetFlow(): void {
    if (this.#flow) this.#flow.reset();
    else clearDraft();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const o = this.#overview.status === 'ready' ? this.#overview.value : undefined;
    if (o && o !== this.#seenOverview) {
      this.#seenOverview = o;
      // Status events: sent only while the worker shares their status with the platform (UnionElement.emit).
      void this.emit(
        'union-membership-status',
        o.kind === 'member'
          ? { status: o.membership.status }
          : o.kind === 'application'
            ? { status: 'application_open', applicationId: o.application.id, applicationStatus: o.application.status }
            : { status: 'none' },
      );
      // A card or a status replaces the flow: nothing to come back to.
      if (o.kind !== 'none') clearDraft();
    }
    // What the worker had filled in before a reload, once the flow is shown (restore() looks once).
    if (o?.kind === 'none') this.#flowOf()?.restore();
  }

  protected renderContent(): TemplateResult {
    return html`<div part="header">
        <h2 part="heading">${this.#strings.title}</h2>
      </div>
      <div part="body">
        ${this.#overview.render({
          ready: (o) =>
            o.kind === 'member'
              ? renderCard(this.#view, o.membership, o.organisationName, this.#rejoin)
              : o.kind === 'application'
                ? renderStatus(this.#view, {
                    application: o.application,
                    organisationName: o.organisationName,
                    confirming: this._confirmWithdraw,
                    running: this.#withdrawal.running(),
                    error: this.#withdrawal.error,
                    onAsk: this.#askWithdraw,
                    onCancel: this.#cancelWithdraw,
                    onWithdraw: () => void this.#withdraw(o.application),
                    renderError: (e) => this.renderError(e),
                  })
                : this.#flowPart.render(() => this.#flowOf()!.render()),
        })}
      </div>`;
  }

  /** A former member joins again: the flow from step 1. */
  #rejoin = (): void => {
    this.#resetFlow();
    this.#overview.value = { kind: 'none' };
    this.#seenOverview = this.#overview.value;
    this.#focusWhenFlowArrives = !this.#flow;
    void this.focusHeading();
  };

  #askWithdraw = async (): Promise<void> => {
    this._confirmWithdraw = true;
    this.#withdrawal.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#withdraw-question')?.focus();
  };

  #cancelWithdraw = async (): Promise<void> => {
    this._confirmWithdraw = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#withdraw')?.focus();
  };

  async #withdraw(a: MembershipApplication): Promise<void> {
    const r = await this.#withdrawal.run(a.id);
    this._confirmWithdraw = false;
    if (!r.ok) {
      if (r.error.code === 'invalid_state' || r.error.code === 'not_found') {
        // Decided or withdrawn meanwhile: show what it is now.
        await this.#overview.run();
        void this.focusHeading();
        return;
      }
      this._confirmWithdraw = true;
      return;
    }
    void this.emit('union-membership-application-withdrawn', { applicationId: r.value.id, status: r.value.status });
    this.#resetFlow();
    await this.#overview.run();
    this.announce(this.#strings.withdrawn);
    void this.focusHeading();
  }
}
