/**
 * The draft of a help-desk form over a reload of the page (`DraftStore`: this tab only, two hours),
 * loaded with the form's part. Never anything that says who the worker is or what they wrote on the
 * platform's page: no free text, no certificate number, no appointment, no file. What stays are the
 * choices (type, topic, counterparty, level, category, amount) and, on the union's own page (hosted
 * mode, whose storage the platform cannot read), the text too — except for an anonymous suggestion.
 */
import { DraftStore } from '../internal/controllers/draft-store.js';
import { emptyValues, type DraftKeeper, type HelpValues } from './form.js';
import type { HelpRequestType } from './types.js';

/** Free text and what identifies a person or a document: kept only on the union's page. */
const TEXT: readonly (keyof HelpValues)[] = ['description', 'wish', 'certName', 'certNumber'];

type KeptDraft = HelpValues & { type: string };

export class HelpDrafts implements DraftKeeper {
  readonly #store = new DraftStore<KeptDraft>('unionkit:help-desk:draft', {
    never: ['certNumber', 'appointmentId'],
    ttlMs: 2 * 60 * 60 * 1000,
  });

  save(type: HelpRequestType, values: HelpValues, hosted: boolean): void {
    const kept: KeptDraft = { ...values, type };
    if (!hosted || values.anonymous) for (const k of TEXT) (kept as unknown as Record<string, unknown>)[k] = '';
    this.#store.save(kept);
  }

  restore(type: HelpRequestType): HelpValues | undefined {
    const draft = this.#store.load();
    if (!draft || draft.type !== type) return undefined;
    const values = emptyValues();
    for (const key of Object.keys(values) as (keyof HelpValues)[]) {
      const v = draft[key];
      if (typeof v === typeof values[key]) (values as unknown as Record<string, unknown>)[key] = v;
    }
    return values;
  }

  clear(): void {
    this.#store.clear();
  }
}
