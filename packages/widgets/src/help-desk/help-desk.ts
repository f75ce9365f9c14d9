import { OPEN_HELP_REQUEST_STATUSES } from '@unionkit/contract';
import { HelpRequests } from '@unionkit/sdk';
import type { GeoPoint, HelpRequest } from '@unionkit/sdk/types';
import { html, type TemplateResult } from 'lit';
import { use } from '../internal/api.js';
import { LoadTask, UnionElement } from '../internal/base.js';
import { LazyPart } from '../internal/controllers/lazy-part.js';
import { HelpForm } from './form.js';
import { helpDeskStyles } from './help-desk.styles.js';
import { renderHome } from './home-view.js';
import type { MineState } from './mine-state.js';
import { helpDeskStrings, type HelpDeskStrings } from './strings.js';
import { isConfidential, isHelpType, parseTypes, type HelpRequestType } from './types.js';
import { ViewHistory } from '../internal/controllers/view-history.js';
import { OpenUrlLinks } from '../internal/controllers/open-url.js';

type View = 'home' | 'form' | 'submitted' | 'mine' | 'confidential-mine';

/** Statuses in which the union is still handling a request. */
const OPEN: ReadonlySet<string> = new Set(OPEN_HELP_REQUEST_STATUSES);

/**
 * @summary 我要求助: a worker asks the union for help — legal advice and aid, mediation, complaints,
 * suggestions, the certificate subsidy, micro-wishes — with the hotlines one tap away and "my requests".
 *
 * Each type is a short guided form with its own checks and messages, evidence or the certificate's scan
 * (photos compressed on the device, their location removed), the separate consent
 * `help_request_processing`, and a spoken reference (e.g. `QZ-7K3M-2Q`) to quote on the phone once sent.
 * A legal matter handled in person books a slot at the nearest open legal-aid station or mediation room.
 * "我的求助" lists the worker's requests with their timeline, the social worker's (社工) messages and a
 * reply, and a withdraw.
 *
 * Confidential types (`legal_consultation`, `legal_aid`, `mediation`, `complaint`) may be about the
 * platform itself: on a platform's page they open the union's hosted page in a cross-origin frame,
 * never a form in the platform's page, and "my requests" there lists only the other types. The hosted
 * page sets `hosted` and renders them in place.
 *
 * No event says anything about a request, not even that one exists: the widget sends `union-ready`
 * (always `state: 'ready'`) and `union-error` only. A failed send keeps everything typed and its retry
 * reuses the idempotency key; a half-filled form survives a reload without its free text, certificate
 * number or files (which are kept only in the union's hosted page).
 *
 * @event union-ready - `{ state: 'ready' }`: the widget is ready (says nothing about the worker's requests).
 * @event union-error - `{ code, retryable }`: a request failed.
 *
 * @csspart base - The widget's wrapper.
 * @csspart header - Title and introduction.
 * @csspart heading - The widget's title.
 * @csspart body - The current view.
 * @csspart types - The list of request types; `type` each type's button.
 * @csspart hotlines - The 12351 and 12348 hotlines; `hotline-call` each link.
 * @csspart mine-entry - The way into "我的求助" on the first view.
 * @csspart help-form - A request form.
 * @csspart consent - The separate consent.
 * @csspart booking - The appointment booking of an in-person legal matter.
 * @csspart reference - The spoken reference of a sent request.
 * @csspart requests - "我的求助"; `item` one request.
 * @csspart timeline - A request's status timeline.
 * @csspart messages - The messages between the worker and the social worker.
 * @csspart confirm - The question before a withdraw.
 * @csspart button - Every button; `button-primary` the main action of a view; `retry` a retry.
 * @csspart field - A labelled field; `label`, `input`, `hint`, `error` its pieces.
 * @csspart footer - The footer with the 12351 hotline (`hotline`).
 * @csspart back - The button back to the previous view.
 * @csspart mine - The button that opens "我的求助".
 * @csspart type - One request type on the home view.
 * @csspart hotline-call - A hotline (12351, 12348) one tap away.
 * @csspart subsidy - What the certificate subsidy pays, in its form.
 * @csspart send - The button that sends a request.
 * @csspart confidential - A confidential matter, on the union's own page in a frame.
 * @csspart locate - The button that finds the nearest service point from the device's position.
 * @csspart item - One request in "我的求助".
 * @csspart request - A request opened, with its timeline and messages.
 * @csspart send-reply - The button that sends a reply to the social worker.
 * @csspart withdraw-yes - The button that confirms withdrawing a request.
 *
 * @cssproperty --union-help-desk-color-primary - Main colour of this widget (falls back to `--union-color-primary`).
 * @cssproperty --union-help-desk-color-surface - Background (falls back to `--union-color-surface`).
 * @cssproperty --union-help-desk-color-text - Text colour (falls back to `--union-color-text`).
 * @cssproperty --union-help-desk-radius - Corner radius (falls back to `--union-radius`).
 * @cssproperty --union-help-desk-touch-target - Minimum size of controls (falls back to `--union-touch-target`, 44px).
 */
export class UnionHelpDesk extends UnionElement {
  static override styles = helpDeskStyles;

  static override properties = {
    ...UnionElement.properties,
    types: {},
    type: {},
    initialView: { attribute: 'view' },
    hosted: { type: Boolean },
    position: { attribute: false },
    _view: { state: true },
  };

  /** The types this page shows, separated by commas or spaces (default: all). */
  declare types: string | undefined;
  /** A type whose form opens at once (a deep link; the hosted page's `type=`). */
  declare type: string | undefined;
  /** `mine` opens "我的求助" at once (the hosted page's `view=mine`). */
  declare initialView: string | undefined;
  /** Set by the union's hosted page: confidential types render in place, and "my requests" lists every type. */
  declare hosted: boolean;
  /** A position the host already knows (WGS-84), to book at the nearest service point without asking the device. */
  declare position: GeoPoint | undefined;
  declare private _view: View;

  /** The request just sent (its reference is shown). */
  #sent: HelpRequest | undefined;
  #openedType = false;

  /** The worker's requests: the first view counts the open ones; "my requests" lists them. */
  readonly #requests = new LoadTask<HelpRequest[]>(
    this.controllerHost,
    async (client, signal) => {
      const page = await use(client, HelpRequests).list({ limit: 100 }, { signal });
      // On a platform's page the confidential ones are not shown (they are listed in the hosted page).
      return this.hosted ? page.data : page.data.filter((r) => !isConfidential(r.type));
    },
    // Whether the worker has requests is nobody's business but theirs: the widget is simply ready.
    { isEmpty: () => false },
  );

  /** @internal The open form's state (views and tests read it; not for hosts). */
  readonly form = new HelpForm(this.controllerHost);

  /** The forms, their checks and sending, and the "sent" view: on demand, ahead of need. */
  readonly #formPart = new LazyPart(this.controllerHost, () => import('./form-part.js'));
  /** "My requests": list, detail, timeline, messages, withdraw. */
  readonly #minePart = new LazyPart(this.controllerHost, () => import('./mine-part.js'));
  /** The union's hosted page in a frame, for a confidential type on a platform's page. */
  readonly #framePart = new LazyPart(this.controllerHost, () => import('./confidential-part.js'), { prefetch: false });
  #mine: MineState | undefined;

  constructor() {
    super();
    this.hosted = false;
    this._view = 'home';
  }

  get #strings(): HelpDeskStrings {
    return this.localStrings(helpDeskStrings);
  }

  /** The current view: `home`, `form`, `submitted`, `mine`, or `confidential-mine` (the union’s page in a frame). */
  get view(): View {
    return this._view;
  }

  /** The types shown, from the `types` attribute. */
  get shownTypes(): HelpRequestType[] {
    return parseTypes(this.types);
  }

  /** Opens the form of a type (as its button does). */
  async openType(type: HelpRequestType): Promise<void> {
    this.form.hosted = this.hosted;
    this.form.open(type);
    this._view = 'form';
    if (!isConfidential(type) || this.hosted) await this.#formPart.load().catch(() => undefined);
    else await this.#framePart.load().catch(() => undefined);
    this.announce(this.#strings.types[type].name);
    await this.focusHeading();
  }

  /** Opens "我的求助" (reloading the list). */
  async openMine(): Promise<void> {
    this._view = 'mine';
    const loading = this.#requests.run();
    const part = await this.#minePart.load().catch(() => undefined);
    if (part) this.#mine ??= part.createMine(this.controllerHost, () => this.#requests.run());
    this.#mine?.close();
    await this.focusHeading();
    await loading;
  }

  /** The confidential requests, on the union's page in a frame (from a platform's "my requests"). */
  async #openConfidentialMine(): Promise<void> {
    this._view = 'confidential-mine';
    await this.#framePart.load().catch(() => undefined);
    await this.focusHeading();
  }

  /** `tel:` and calendar links an app may open natively (`union-open-url`). */
  readonly #links = new OpenUrlLinks(this);
  readonly #views = new ViewHistory(this, { canGoBack: () => this._view !== 'home', goBack: () => void this.#home(), silent: true });

  /** Steps back one view (a detail → its list, a form step → the one before); false at the widget's root. */
  back(): boolean {
    return this.#views.back();
  }

  #home = async (): Promise<void> => {
    this._view = 'home';
    await this.focusHeading();
  };

  #sentRequest = (request: HelpRequest): void => {
    this.#sent = request;
    this.form.reset();
    this._view = 'submitted';
    void this.#requests.run();
    void this.focusHeading();
  };

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.form.hosted = this.hosted;
    // A deep link to a type (or to "my requests") opens it once.
    if (this.#openedType) return;
    if (this.type && isHelpType(this.type) && this.shownTypes.includes(this.type)) {
      this.#openedType = true;
      const type = this.type;
      void this.updateComplete.then(() => this.openType(type));
    } else if (this.initialView === 'mine') {
      this.#openedType = true;
      void this.updateComplete.then(() => this.openMine());
    }
  }

  protected renderContent(): TemplateResult {
    const s = this.#strings;
    return html`<div part="header">
        <h2 part="heading">${s.title}</h2>
        ${this._view === 'home' ? html`<p class="muted">${s.intro}</p>` : html`<button type="button" part="button back" class="back" @click=${this.#home}>${s.backHome}</button>`}
      </div>
      <div part="body">${this.#renderView()}</div>`;
  }

  #renderView(): unknown {
    const s = this.#strings;
    const type = this.form.type;
    switch (this._view) {
      case 'form':
        if (!type) return this.#renderHome();
        if (isConfidential(type) && !this.hosted) {
          return this.#framePart.render((part) => part.renderConfidential({ s, type, view: 'form', locale: this.resolvedLocale, close: this.#home }));
        }
        return this.#formPart.render((part) =>
          part.renderForm({
            s,
            t: this.t,
            fmt: this.fmt,
            strings: (table) => this.localStrings(table),
            form: this.form,
            position: this.position,
            noticeLink: this.renderNoticeLink('help_request_processing', 'help-consent-label'),
            sent: this.#sentRequest,
          }),
        );
      case 'confidential-mine':
        return this.#framePart.render((part) =>
          part.renderConfidential({ s, view: 'mine', locale: this.resolvedLocale, close: this.#home }),
        );
      case 'submitted':
        return this.#formPart.render((part) =>
          part.renderSubmitted({ t: this.t, fmt: this.fmt, strings: (table) => this.localStrings(table), request: this.#sent, openMine: () => void this.openMine(), home: this.#home }),
        );
      case 'mine':
        return this.#minePart.render((part) => {
          this.#mine ??= part.createMine(this.controllerHost, () => this.#requests.run());
          return part.renderMine({
            s,
            t: this.t,
            fmt: this.fmt,
            strings: (table) => this.localStrings(table),
            mine: this.#mine,
            requests: this.#requests,
            hosted: this.hosted,
            openConfidential: this.hosted ? undefined : () => void this.#openConfidentialMine(),
          });
        });
      default:
        return this.#renderHome();
    }
  }

  #renderHome(): TemplateResult {
    const s = this.#strings;
    return renderHome({
      s,
      types: this.shownTypes,
      open: (type) => void this.openType(type),
      mine: this.#requests.render({
        ready: (list) => {
          const open = list.filter((r) => OPEN.has(r.status)).length;
          return html`<p class="muted">${list.length ? s.mineCount(open) : s.mineNone}</p>
            <button type="button" part="button mine" class="wide" @click=${() => void this.openMine()}>${s.mineOpen}</button>`;
        },
      }),
    });
  }
}
