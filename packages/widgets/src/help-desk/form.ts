/**
 * What the worker puts into a request form of `<union-help-desk>`, kept in the element so that nothing
 * is lost while the form's part (./form-part.ts) loads, fails or reloads: the values of each type, the
 * separate consent, the field errors shown, and the ONE create per type — a failed send keeps every
 * value and its retry reuses the idempotency key; a changed value is a new create.
 *
 * A draft survives a reload of the page (`DraftStore`, this tab only) — but never anything that says
 * who the worker is or what they wrote: no free text, no certificate number, no file. What stays are
 * the choices (type, topic, level, category…) and, on the union's own page (hosted mode, whose storage
 * the platform cannot read), the text too.
 */
import { HelpRequests } from '@unionkit/sdk';
import type { HelpRequest, HelpRequestCreate } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import { ActionTask } from '../internal/controllers/action.js';
import { DraftStore } from '../internal/controllers/draft-store.js';
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

/** Free text and what identifies a person or a document: kept over a reload only on the union's page. */
const TEXT: readonly (keyof HelpValues)[] = ['description', 'wish', 'certName', 'certNumber'];
/** Never written anywhere. */
const NEVER: readonly (keyof HelpValues)[] = ['certNumber', 'appointmentId'];

type KeptDraft = HelpValues & { type: string };

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
  readonly #draft: DraftStore<KeptDraft>;

  constructor(host: WidgetHost) {
    this.host = host;
    this.create = new ActionTask(
      host,
      (client, options, _type: HelpRequestType, body: HelpRequestCreate) => use(client, HelpRequests).create(body, options),
      { idempotent: true, key: (type) => type },
    );
    this.#draft = new DraftStore<KeptDraft>('unionkit:help-desk:draft', { never: NEVER, ttlMs: 2 * 60 * 60 * 1000 });
  }

  /** Opens the form of `type`: another type starts afresh, the same one keeps what was typed. */
  open(type: HelpRequestType): void {
    if (this.type !== type) {
      this.type = type;
      this.values = emptyValues();
      this.consent = false;
      this.extras.clear();
      this.#restore(type);
    }
    this.errors = {};
    this.create.clear();
    this.host.requestUpdate();
  }

  set<K extends keyof HelpValues>(key: K, value: HelpValues[K]): void {
    this.values = { ...this.values, [key]: value };
    if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    // A changed request is another body: it needs a new idempotency key.
    if (this.type) this.create.forget(this.type);
    this.#save();
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
    this.#draft.clear();
    this.host.requestUpdate();
  }

  /** The type of a draft kept over a reload, if any (to offer going back to it). */
  draftType(): string | undefined {
    const type = this.#draft.load()?.type;
    return typeof type === 'string' ? type : undefined;
  }

  #save(): void {
    if (!this.type) return;
    const kept: KeptDraft = { ...this.values, type: this.type };
    // An anonymous suggestion, and anything written on the platform's page, is never stored there.
    if (!this.hosted || this.values.anonymous) for (const k of TEXT) (kept as unknown as Record<string, unknown>)[k] = '';
    this.#draft.save(kept);
  }

  #restore(type: HelpRequestType): void {
    const draft = this.#draft.load();
    if (!draft || draft.type !== type) return;
    const values = emptyValues();
    for (const key of Object.keys(values) as (keyof HelpValues)[]) {
      const v = draft[key];
      if (typeof v === typeof values[key]) (values as unknown as Record<string, unknown>)[key] = v;
    }
    this.values = values;
  }
}
