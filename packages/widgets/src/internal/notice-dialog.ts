/**
 * The privacy notice (or the union charter) a consent checkbox agrees to, read in the widget: a native
 * modal `<dialog>` inside the widget's shadow root, loaded from `GET /privacy-notices/{purpose}` in the
 * widget's language, with loading, error and retry. Focus goes to its heading, stays inside while it is
 * open (the browser's modal dialog), Escape or 关闭 closes it, and focus returns to the button that
 * opened it. The body is plain text: paragraphs, and list items starting with "- "; never HTML.
 *
 * Loaded on demand (`UnionElement.renderNoticeLink`), so the code reaches a page only when a worker
 * opens a notice.
 *
 * @csspart notice-close - The button that closes the privacy notice or charter.
 */
import { Consents, type UnionCore } from '@unionkit/sdk';
import type { NoticePurpose, PrivacyNotice } from '@unionkit/sdk/types';
import { html, nothing, render } from 'lit';
import { use } from './api.js';
import { toErrorInfo, type UnionErrorInfo } from './errors.js';
import type { Translation } from './localize/translation.js';
import { dialogLayer } from './styles/dialog.js';
import { errorTemplate, loadingTemplate } from './views/states.js';

export interface NoticeDialogOptions {
  /** The widget: its shadow root's `base` part gets the dialog, so the widget's tokens apply. */
  host: HTMLElement;
  /** The button that opened it; focus returns there on close. */
  trigger: HTMLElement;
  client: UnionCore;
  t: Translation;
  purpose: NoticePurpose;
}

const styled = new WeakSet<ShadowRoot>();

/** Paragraphs and "- " lists of a plain-text notice body. */
function bodyTemplate(body: string): unknown {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split('\n');
      return lines.every((l) => /^\s*- /.test(l))
        ? html`<ul>
            ${lines.map((l) => html`<li>${l.replace(/^\s*- /, '')}</li>`)}
          </ul>`
        : html`<p>${block}</p>`;
    });
}

/** Opens the notice of `purpose` over the widget. */
export function showNotice(o: NoticeDialogOptions): void {
  const root = o.host.shadowRoot!;
  if (!styled.has(root)) {
    styled.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogLayer.styleSheet!];
  }
  const dialog = document.createElement('dialog');
  dialog.className = 'notice-dialog';
  dialog.setAttribute('part', 'notice-dialog');
  dialog.setAttribute('aria-labelledby', 'union-notice-title');
  (root.querySelector('[part~="base"]') ?? root).append(dialog);

  const abort = new AbortController();
  let notice: PrivacyNotice | undefined;
  let error: UnionErrorInfo | undefined;

  const paint = () =>
    render(
      html`<div class="notice-head">
          <h2 id="union-notice-title" tabindex="-1">${notice?.title ?? o.t.common.loading}</h2>
          <button type="button" part="button notice-close" @click=${() => dialog.close()}>${o.t.common.close}</button>
        </div>
        <div class="notice-content" aria-live="polite">
          ${notice
            ? html`${bodyTemplate(notice.body)}
                <p class="muted">${o.t.common.noticeVersion(notice.version)}</p>`
            : error
              ? errorTemplate(o.t, error, () => void load())
              : loadingTemplate(o.t)}
        </div>
        ${notice ? html`<div class="notice-content"><button type="button" part="button" @click=${() => dialog.close()}>${o.t.common.close}</button></div>` : nothing}`,
      dialog,
    );

  const load = async () => {
    error = undefined;
    paint();
    try {
      notice = await use(o.client, Consents).retrieveNotice(o.purpose, { signal: abort.signal, locale: o.t.locale });
    } catch (err) {
      if (abort.signal.aborted) return;
      error = toErrorInfo(err, o.t);
    }
    paint();
  };

  dialog.addEventListener('close', () => {
    abort.abort();
    dialog.remove();
    o.trigger.focus();
  });
  // A tap on the backdrop (the dialog itself, outside its content) closes it too.
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  paint();
  dialog.showModal();
  dialog.querySelector<HTMLElement>('#union-notice-title')!.focus();
  void load();
}
