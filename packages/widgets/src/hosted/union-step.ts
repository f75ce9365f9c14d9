/**
 * The hosted help desk's privacy step: before any help request is read or sent, the worker proves
 * their mobile with the SMS code the union sends, and the page trades the platform-minted client
 * token plus that code for a union token (`ust_…`). The platform mints the client token but never
 * receives the code, so only this page — on the union's origin — can file or read a confidential
 * request. The union token lives in this page's memory only: never storage, the URL or the bridge.
 */
import { UnionCore, UnionSessions, type UnionKitError } from '@unionkit/sdk';
import { use } from '../internal/api.js';
import type { UnionLocale } from '../internal/localize/translation.js';

const STEP_STRINGS: Record<UnionLocale, { heading: string; why: string; mobile: string; send: string; code: string; confirm: string; sent: (masked: string) => string; failed: string }> = {
  'zh-CN': {
    heading: '验证手机号',
    why: '为保护您的隐私，请输入发到您手机的验证码。验证后，您的求助只有您和工会能看到，平台看不到。',
    mobile: '手机号',
    send: '发送验证码',
    code: '6 位验证码',
    confirm: '确认',
    sent: (masked) => `验证码已发送到 ${masked}。`,
    failed: '未能验证，请检查后重试。',
  },
  en: {
    heading: 'Verify your mobile',
    why: 'To protect your privacy, enter the code sent to your phone. Once verified, only you and the union can see your requests; the platform cannot.',
    mobile: 'Mobile number',
    send: 'Send code',
    code: '6-digit code',
    confirm: 'Confirm',
    sent: (masked) => `The code was sent to ${masked}.`,
    failed: 'Could not verify. Please check and try again.',
  },
};

function field(doc: Document, id: string, label: string, attrs: Record<string, string>): [HTMLLabelElement, HTMLInputElement] {
  const l = doc.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const input = doc.createElement('input');
  input.id = id;
  for (const [k, v] of Object.entries(attrs)) input.setAttribute(k, v);
  return [l, input];
}

/**
 * Shows the step in `root` and resolves with a client that calls the API with the union token.
 * `client` is the page's client with the platform-minted client token.
 */
export function unionStep(root: HTMLElement, client: UnionCore, baseUrl: string, locale: UnionLocale): Promise<UnionCore> {
  const doc = root.ownerDocument;
  const s = STEP_STRINGS[locale];
  const sessions = use(client, UnionSessions);
  const form = doc.createElement('form');
  form.className = 'hosted-step';
  form.setAttribute('aria-labelledby', 'union-step-heading');
  const heading = doc.createElement('h1');
  heading.id = 'union-step-heading';
  heading.textContent = s.heading;
  heading.tabIndex = -1;
  const why = doc.createElement('p');
  why.textContent = s.why;
  const [mobileLabel, mobile] = field(doc, 'union-step-mobile', s.mobile, { type: 'tel', inputmode: 'numeric', autocomplete: 'tel-national', required: '' });
  const send = doc.createElement('button');
  send.type = 'button';
  send.textContent = s.send;
  const [codeLabel, code] = field(doc, 'union-step-code', s.code, { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', required: '', 'aria-describedby': 'union-step-status' });
  const confirm = doc.createElement('button');
  confirm.type = 'submit';
  confirm.textContent = s.confirm;
  const status = doc.createElement('p');
  status.id = 'union-step-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.append(heading, why, mobileLabel, mobile, send, codeLabel, code, confirm, status);
  root.replaceChildren(form);
  heading.focus();

  let challenge: string | undefined;
  const say = (text: string) => (status.textContent = text);
  const explain = (e: unknown) => say((e as UnionKitError).message || s.failed);
  send.addEventListener('click', () => {
    sessions.create({ mobile: mobile.value.trim() }).then(
      (c) => {
        challenge = c.id;
        say(s.sent(c.mobileMasked ?? ''));
        code.focus();
      },
      explain,
    );
  });
  return new Promise((resolve) => {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!challenge) return say(s.failed);
      sessions.confirm(challenge, { code: code.value.trim() }).then((u) => {
        const token = u.token;
        resolve(new UnionCore({ baseUrl, getToken: () => Promise.resolve(token) }));
      }, explain);
    });
  });
}
