/**
 * The part of `<union-help-desk>` behind a request type's button, loaded on demand (ahead of need once
 * the first view shows): the forms, their checks and sending, the evidence picker, the booking of an
 * in-person meeting, and the "sent" view with the spoken reference. What the worker typed lives in the
 * element's `HelpForm`, so a slow or failed load of this part loses nothing.
 */
import type { GeoPoint, HelpRequest } from '@unionkit/sdk/types';
import type { TemplateResult } from 'lit';
import type { Formatter } from '../internal/format.js';
import type { LocalStrings } from '../internal/localize/local.js';
import type { Translation } from '../internal/localize/translation.js';
import { slotStrings } from '../internal/views/slot-strings.js';
import { Booking, renderBooking } from './booking.js';
import { HelpDrafts } from './drafts.js';
import { evidenceOf } from './evidence.js';
import type { HelpForm } from './form.js';
import { submitForm } from './form-send.js';
import { helpFormStrings, type HelpFormStrings } from './form-strings.js';
import { renderFormView } from './form-view.js';
import type { HelpDeskStrings } from './strings.js';
import { renderSent } from './sent-view.js';

const drafts = new HelpDrafts();

export interface FormPartContext {
  s: HelpDeskStrings;
  t: Translation;
  fmt: Formatter;
  form: HelpForm;
  /** The element's `localStrings` (re-renders once a table arrives). */
  strings: <T>(table: LocalStrings<T>) => T;
  position: GeoPoint | undefined;
  noticeLink: TemplateResult;
  sent: (request: HelpRequest) => void;
}

export function renderForm(c: FormPartContext): TemplateResult {
  const fs = c.strings(helpFormStrings);
  const form = c.form;
  form.useDrafts(drafts);
  const type = form.type!;
  const evidence = evidenceOf(form, type, fs);
  const booking = form.extras.get('booking') as Booking | undefined;
  const needsBooking = form.values.contactPreference === 'in_person';
  const words = () => ({ s: c.strings(slotStrings), fmt: c.fmt });
  const b = needsBooking ? (booking ?? new Booking(form.host, form, c.position, words)) : booking;
  if (b && !booking) form.extras.set('booking', b);
  return renderFormView({
    s: c.s,
    fs,
    t: c.t,
    fmt: c.fmt,
    form,
    error: form.create.error,
    sending: form.create.running(type),
    evidence: evidence.render(),
    booking:
      needsBooking && b
        ? renderBooking(b, { fs, s: words().s, t: c.t, fmt: c.fmt, error: form.errors.appointmentId ?? '' })
        : undefined,
    noticeLink: c.noticeLink,
    submit: (e?: Event) => {
      e?.preventDefault();
      void submitForm(form, fs, evidence).then((request) => request && c.sent(request));
    },
  });
}

export interface SentPartContext {
  t: Translation;
  fmt: Formatter;
  strings: <T>(table: LocalStrings<T>) => T;
  request: HelpRequest | undefined;
  openMine: () => void;
  home: () => void;
}

export function renderSubmitted(c: SentPartContext): TemplateResult {
  return renderSent({ ...c, fs: c.strings(helpFormStrings) });
}

export type { HelpFormStrings };
