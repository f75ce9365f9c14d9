/**
 * "我的求助": the worker's requests (type, reference, date, status), and one request opened: its status
 * timeline, the messages between the worker and the union's social worker (社工) with a reply, and a
 * withdraw that asks first. On a platform's page the confidential types are not listed here: a line
 * says where they are, and a button opens the union's page.
 */
import { HELP_REQUEST_DESCRIPTION_MAX, OPEN_HELP_REQUEST_STATUSES, WITHDRAWABLE_HELP_REQUEST_STATUSES } from '@unionkit/contract';
import type { HelpRequest } from '@unionkit/sdk/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadTask } from '../internal/controllers/load.js';
import type { Formatter } from '../internal/format.js';
import type { Translation } from '../internal/localize/translation.js';
import { busyButton } from '../internal/views/busy-button.js';
import { textAreaField } from '../internal/views/text-area.js';
import { emptyTemplate, errorMessage } from '../internal/views/states.js';
import { timeline } from '../internal/views/timeline.js';
import type { MineState } from './mine-state.js';
import type { HelpMineStrings } from './mine-strings.js';
import type { HelpDeskStrings } from './strings.js';
import { labelOr, neutralLabel } from '../internal/labels.js';

const WITHDRAWABLE: ReadonlySet<string> = new Set(WITHDRAWABLE_HELP_REQUEST_STATUSES);
const OPEN: ReadonlySet<string> = new Set(OPEN_HELP_REQUEST_STATUSES);

export interface MineViewContext {
  s: HelpDeskStrings;
  ms: HelpMineStrings;
  t: Translation;
  fmt: Formatter;
  mine: MineState;
  requests: LoadTask<HelpRequest[]>;
  hosted: boolean;
  /** Opens the confidential requests on the union's page (a platform's page only). */
  openConfidential: (() => void) | undefined;
  open: (r: HelpRequest) => void;
  back: () => void;
  send: () => void;
  withdraw: () => void;
}

const statusOf = (ms: HelpMineStrings, status: string): string => labelOr(ms.statuses, status, ms.unknownStatus);
/** A type's name; a type added after this build is 其他 / "Other", never its code. */
const typeName = (s: HelpDeskStrings, type: string, locale: string): string =>
  labelOr(s.types, type, undefined)?.name || neutralLabel(locale, 'other');

export function renderMineView(c: MineViewContext): TemplateResult {
  return c.mine.current ? renderDetail(c, c.mine.current) : renderList(c);
}

function renderList(c: MineViewContext): TemplateResult {
  const { s, ms } = c;
  return html`<section part="requests" aria-labelledby="help-mine-list-title">
    <h3 id="help-mine-list-title" data-step-heading tabindex="-1">${ms.heading}</h3>
    ${c.requests.render({
      ready: (list) =>
        list.length
          ? html`<ul class="plain requests">
              ${list.map(
                (r) => html`<li part="item" data-request-id=${r.id}>
                  <button type="button" class="item-link" aria-label=${ms.open(typeName(s, r.type, c.fmt.locale), r.reference)} @click=${() => c.open(r)}>
                    ${typeName(s, r.type, c.fmt.locale)}
                  </button>
                  <p class="meta">
                    <span>${ms.reference(r.reference)}</span><span>${ms.filedOn(c.fmt.date(r.createdAt))}</span>
                    <span class="status">${ms.status(statusOf(ms, r.status))}</span>
                  </p>
                </li>`,
              )}
            </ul>`
          : emptyTemplate(c.t, ms.empty),
    })}
    ${c.openConfidential
      ? html`<p class="muted">${ms.confidentialElsewhere}</p>
          <button type="button" part="button" @click=${c.openConfidential}>${ms.openConfidential}</button>`
      : nothing}
  </section>`;
}

function renderDetail(c: MineViewContext, r: HelpRequest): TemplateResult {
  const { s, ms, mine, fmt } = c;
  const reply = mine.replies.get(r.id) ?? '';
  const withdrawable = WITHDRAWABLE.has(r.status);
  const open = OPEN.has(r.status);
  return html`<section part="request" aria-labelledby="help-request-title" data-request-id=${r.id}>
    <button type="button" part="button back" @click=${c.back}>${ms.backToList}</button>
    <h3 id="help-request-title" data-step-heading tabindex="-1">${typeName(s, r.type, fmt.locale)}</h3>
    <p class="meta"><span>${ms.reference(r.reference)}</span><span class="status">${ms.status(statusOf(ms, r.status))}</span></p>
    <h4>${ms.timelineHeading}</h4>
    ${timeline({
      label: ms.timelineHeading,
      entries: r.timeline.map((e) => ({ label: statusOf(ms, e.status), at: fmt.dateTime(e.at), datetime: e.at, note: e.note })),
    })}
    <h4 id="help-messages-title">${ms.messagesHeading}</h4>
    ${r.messages.length
      ? html`<ol class="messages plain" part="messages" aria-labelledby="help-messages-title">
          ${r.messages.map(
            (m) => html`<li class="message ${m.from === 'worker' ? 'mine' : 'theirs'}" data-from=${m.from} tabindex="-1">
              <p class="meta"><strong>${m.from === 'worker' ? ms.fromWorker : ms.fromSocialWorker}</strong><span>${fmt.dateTime(m.createdAt)}</span></p>
              <p class="message-body">${m.body}</p>
            </li>`,
          )}
        </ol>`
      : html`<p class="muted">${ms.noMessages}</p>`}
    ${open && !r.anonymous
      ? html`${textAreaField({
            id: 'help-reply',
            label: ms.reply,
            hint: ms.replyHint,
            error: mine.replyError,
            value: reply,
            max: HELP_REQUEST_DESCRIPTION_MAX,
            words: c.t.common,
            onInput: (value) => mine.setReply(r.id, value),
          })}
          ${mine.sending.error ? errorMessage(mine.sending.error) : nothing}
          <div class="actions">
            ${busyButton({
              primary: true,
              part: 'button button-primary send-reply',
              label: mine.sending.error?.retryable ? c.t.common.retry : ms.sendReply,
              busyLabel: ms.sendingReply,
              busy: mine.sending.running(r.id),
              onClick: c.send,
            })}
          </div>`
      : nothing}
    ${withdrawable && !mine.confirming
      ? html`<div class="actions"><button type="button" part="button" data-withdraw @click=${() => ((mine.confirming = true), mine.host.requestUpdate())}>${ms.withdraw}</button></div>`
      : nothing}
    ${withdrawable && mine.confirming
      ? html`<div class="panel warn" part="confirm">
          <p data-confirm-question tabindex="-1">${ms.withdrawQuestion}</p>
          ${mine.withdrawal.error ? errorMessage(mine.withdrawal.error) : nothing}
          <div class="actions">
            ${busyButton({
              primary: true,
              part: 'button button-primary withdraw-yes',
              label: mine.withdrawal.error?.retryable ? c.t.common.retry : ms.withdrawYes,
              busyLabel: ms.withdrawing,
              busy: mine.withdrawal.running(r.id),
              onClick: c.withdraw,
            })}
            <button type="button" part="button" @click=${() => ((mine.confirming = false), mine.host.requestUpdate())}>${ms.keep}</button>
          </div>
        </div>`
      : nothing}
  </section>`;
}
