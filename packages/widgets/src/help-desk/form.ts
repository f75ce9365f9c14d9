/**
 * What the worker puts into a request form of `<union-help-desk>`, kept in the element so that nothing
 * is lost while the form's part (./form-part.ts) loads, fails or reloads: the values of each type, the
 * separate consent, the field errors shown, and the ONE create per type — a failed send keeps every
 * value and its retry reuses the idempotency key; a changed value is a new create.
 *
 * A draft survives a reload of the page (`./drafts.ts`, loaded with the form's part) — but never
 * anything that says who the worker is or what they wrote on the platform's page.
 */
import { HelpRequests } from '@unionkit/sdk';
import type { HelpRequest, HelpRequestCreate } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import type { HelpRequestType } from './types.js';

/** Every field of every type's form, as typed (strings), in one shape. */
export interface HelpValues {
  topic: string;
  counterparty: string;
  description: string;
  contactPreference: string;
  appointmentId: string;
  anonymous: boolean;
  certName: string;
  certLevel: string;
  certNumber: string;
  certIssuedOn: string;
  category: string;
  wish: string;
  valueYuan: string;
}

export type HelpField = keyof HelpValues | 'evidence' | 'consent';

export function emptyValues(): HelpValues {
  return {
    topic: '',
    counterparty: '',
    description: '',
    contactPreference: '',
    appointmentId: '',
    anonymous: false,
    certName: '',
    certLevel: '',
    certNumber: '',
    certIssuedOn: '',
    category: '',
    wish: '',
    valueYuan: '',
  };
}

/** Keeps the draft over a reload (`./drafts.ts`, which comes with the form's part). */
export interface DraftKeeper {
  save(type: HelpRequestType, values: HelpValues, hosted: boolean): void;
  /** The draft of `type`, if one was kept. */
  restore(type: HelpRequestType): HelpValues | undefined;
  clear(): void;
}

export class HelpForm {
  type: HelpRequestType | undefined;
  values: HelpValues = emptyValues();
  consent = false;
  /** Field → message, shown by the field (client checks and the API's field errors). */
  errors: Partial<Record<HelpField, string>> = {};
  /** The body last tried, to tell a retry (same key) from another request (new key). */
  lastTried: string | undefined;
  /** Whether the draft may hold what the worker wrote (the union's own page). */
  hosted = false;
  readonly host: WidgetHost;
  readonly create: ActionTask<[HelpRequestType, HelpRequestCreate], HelpRequest>;
  /** The form's part keeps its own pieces here (the upload list), so they outlive its re-renders. */
  readonly extras = new Map<string, unknown>();
  /** Set by the form's part when it arrives. */
  #drafts: DraftKeeper | undefined;
  /** Nothing typed since the form opened: a kept draft may fill it. */
  #fresh = true;

  constructor(host: WidgetHost) {
    this.host = host;
    this.create = new ActionTask(
      host,
      (client, options, _type: HelpRequestType, body: HelpRequestCreate) => use(client, HelpRequests).create(body, options),
      { idempotent: true, key: (type) => type },
    );
  }

  /** Opens the form of `type`: another type starts afresh, the same one keeps what was typed. */
  open(type: HelpRequestType): void {
    if (this.type !== type) {
      this.type = type;
      this.values = emptyValues();
      this.consent = false;
      this.extras.clear();
      this.#fresh = true;
      this.#restore();
    }
    this.errors = {};
    this.create.clear();
    this.host.requestUpdate();
  }

  set<K extends keyof HelpValues>(key: K, value: HelpValues[K]): void {
    this.values = { ...this.values, [key]: value };
    this.#fresh = false;
    if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    // A changed request is another body: it needs a new idempotency key.
    if (this.type) this.create.forget(this.type);
    if (this.type) this.#drafts?.save(this.type, this.values, this.hosted);
    this.host.requestUpdate();
  }

  setConsent(checked: boolean): void {
    this.consent = checked;
    if (checked) this.errors = { ...this.errors, consent: '' };
    this.host.requestUpdate();
  }

  /** A file was added or removed: the body changes. */
  changed(): void {
    if (this.type) this.create.forget(this.type);
    this.host.requestUpdate();
  }

  /** After a request was made: the next form starts empty and no draft is left. */
  reset(): void {
    this.type = undefined;
    this.values = emptyValues();
    this.consent = false;
    this.errors = {};
    this.extras.clear();
    this.#drafts?.clear();
    this.host.requestUpdate();
  }

  /** The form's part brings the draft keeper; a form opened before it arrived is filled from the draft now. */
  useDrafts(drafts: DraftKeeper): void {
    if (this.#drafts) return;
    this.#drafts = drafts;
    this.#restore();
  }

  #restore(): void {
    const kept = this.type && this.#fresh ? this.#drafts?.restore(this.type) : undefined;
    if (kept) this.values = kept;
  }
}
