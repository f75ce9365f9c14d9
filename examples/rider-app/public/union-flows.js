// The host page's part in the paid cover, claims and help requests:
//   - the rider's wallet (shown in 收入 Earnings; the platform's own back end keeps it);
//   - paying a union premium from it: <union-insurance-enrol> asks the host to collect a premium with a
//     cancelable `union-payment-required { enrolmentId, amountFen }`. The page cancels it (the platform
//     takes the payment on; the widget then waits for the union to hear of it) and shows its own sheet.
//     On 确认支付 the platform's back end reads what is due from the union, confirms the payment with
//     its secret key and takes the money from the wallet. A rider who would rather not use the wallet
//     gets the widget's union-counter instructions at once (the page calls the widget's
//     `declinePayment(enrolmentId)`), and 去缴费 is not cancelled for that enrolment any more;
//   - the sandbox buttons that play the union (the sandbox clock on to the day cover starts, approve and pay the latest
//     claim, the social worker answers the latest help request). They send no id: the page is never
//     told of a claim or a help request.
// Built with createElement/textContent only (the page enforces Trusted Types).

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const yuan = (fen) => `¥${(fen / 100).toFixed(2)}`;

/**
 * The page's clock follows the sandbox's test clock once it was moved on: the widgets read the day
 * from the device (whether cover has started, so 申请互助金 shows; an incident date not after today),
 * and without this a demo rider whose cover starts on a sandbox day still in the device's future could
 * never file a claim. Sandbox only: the union's real clock never moves.
 */
function followSandboxClock(now) {
  const ahead = Date.parse(String(now ?? '')) - Date.now();
  if (!(ahead > 0)) return;
  const deviceNow = Date.now.bind(Date);
  Date.now = () => deviceNow() + ahead;
}

const PAY_ERRORS = {
  insufficient_balance: '钱包余额不足，可改为到工会柜台缴费。 Not enough in the wallet: you can pay at a union counter instead.',
  not_awaiting_payment: '这份保障已不需要缴费。 This cover needs no payment any more.',
  payment_overdue: '已过缴费期限，保障没有生效，可以重新参保。 The due date has passed, so the cover lapsed: you can enrol again.',
  network_error: '网络不稳定，没有扣款，请重试。 The network failed and nothing was taken: try again.',
};

const SANDBOX_MESSAGES = {
  'clock-advance': {
    ok: (body) =>
      `沙箱时间已前进 ${body.days} 天（现在是 ${String(body.now ?? '').slice(0, 10)}），已缴费的保障已经生效。 Sandbox time moved ${body.days} day(s) on, to ${String(body.now ?? '').slice(0, 10)}: a paid cover has started.`,
  },
  'claim-decision': {
    ok: () => '工会已批准并支付你最新的理赔（沙箱）。到「我的理赔」看看。 The union approved and paid your latest claim (sandbox): see 我的理赔 My claims.',
    no_open_claim: '没有待审核的理赔：请先在上面「申请互助金」。 No claim is waiting: file one above first (申请互助金).',
  },
  'help-request-reply': {
    ok: () => '社工已回复你最新的求助（沙箱）。到「我的求助」看看。 The social worker answered your latest request (sandbox): see 我的求助 My requests.',
    no_open_help_request: '没有待处理的求助：请先在上面提交一条。 No request is open: send one above first.',
  },
};

/**
 * Starts the wallet, the premium sheet and the sandbox buttons.
 * @param {{ remount: (key: string) => void, toast: (message: string) => void, refresh: () => unknown }} host
 */
export function startUnionFlows({ remount, toast, refresh }) {
  /** Enrolments whose premium the rider chose to pay at a union counter: not cancelled again. */
  const counter = new Set();
  /** @type {{ enrolmentId: string, amountFen: number, widget: EventTarget | undefined } | undefined} */
  let pending;
  const sheet = /** @type {HTMLDialogElement} */ ($('pay-sheet'));
  const confirm = /** @type {HTMLButtonElement} */ ($('pay-confirm'));

  async function showWallet() {
    const response = await fetch('/api/wallet', { headers: { accept: 'application/json' }, cache: 'no-store' }).catch(() => undefined);
    if (!response?.ok) return undefined;
    const wallet = await response.json();
    $('wallet-balance').textContent = yuan(wallet.balanceFen);
    $('pay-balance').textContent = yuan(wallet.balanceFen);
    $('wallet-ledger').replaceChildren(
      ...wallet.entries.map((entry) => {
        const li = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = entry.label;
        const amount = document.createElement('span');
        amount.className = 'minus';
        amount.textContent = `−${yuan(-entry.amountFen)}`;
        li.append(label, amount);
        return li;
      }),
    );
    return wallet;
  }
  void showWallet();

  document.addEventListener('union-payment-required', (event) => {
    const detail = /** @type {CustomEvent} */ (event).detail ?? {};
    if (typeof detail.enrolmentId !== 'string' || counter.has(detail.enrolmentId)) return; // → the union counter
    event.preventDefault();
    // The widget that asked (the first of the event's path): told if the rider turns the wallet down.
    pending = { enrolmentId: detail.enrolmentId, amountFen: Number(detail.amountFen), widget: event.composedPath()[0] };
    $('pay-amount').textContent = yuan(pending.amountFen);
    $('pay-error').textContent = '';
    void showWallet();
    if (!sheet.open) sheet.showModal();
    confirm.focus();
  });

  confirm.addEventListener('click', async () => {
    if (!pending || confirm.getAttribute('aria-disabled') === 'true') return;
    confirm.setAttribute('aria-disabled', 'true');
    $('pay-error').textContent = '';
    try {
      const response = await fetch('/api/union/pay-premium', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ enrolmentId: pending.enrolmentId }),
      }).catch(() => undefined);
      const body = await response?.json().catch(() => undefined);
      if (!response?.ok) {
        const code = body?.error ?? 'network_error';
        $('pay-error').textContent = PAY_ERRORS[code] ?? `支付失败（${code}）。 The payment failed (${code}).`;
        return;
      }
      pending = undefined;
      sheet.close();
      toast(`已从钱包支付 ${yuan(body.amountFen)}，保障次日生效。 Paid ${yuan(body.amountFen)} from the wallet; cover starts tomorrow.`);
      await showWallet();
      void refresh();
    } finally {
      confirm.removeAttribute('aria-disabled');
    }
  });

  // Not from the wallet: the page tells the widget, which shows how to pay at a union counter at once
  // (and the page no longer cancels 去缴费 for this enrolment).
  const decline = () => {
    if (!pending) return;
    const { enrolmentId, widget } = pending;
    counter.add(enrolmentId);
    pending = undefined;
    /** @type {{ declinePayment?: (id: string) => void } | undefined} */ (widget)?.declinePayment?.(enrolmentId);
    toast('好的，不从钱包支付。请按「我的保障」里的说明到工会柜台缴费。 Not from the wallet: pay at a union counter as 我的保障 My cover explains.');
  };
  $('pay-decline').addEventListener('click', () => sheet.close('counter'));
  // Esc, or the decline button: either way the rider did not pay from the wallet.
  sheet.addEventListener('close', () => {
    if (pending) decline();
  });

  for (const button of document.querySelectorAll('[data-sandbox-action]')) {
    button.addEventListener('click', () => sandboxAction(/** @type {HTMLButtonElement} */ (button)));
  }

  /** A sandbox button: the outcome is said in the status region of its box; the button keeps the focus. */
  async function sandboxAction(button) {
    const action = button.dataset.sandboxAction ?? '';
    const result = /** @type {HTMLElement} */ (button.closest('.sandbox-box')?.querySelector('.sandbox-result'));
    if (button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    result.textContent = '正在处理… Working…';
    try {
      const response = await fetch(`/api/sandbox/${action}`, { method: 'POST', headers: { accept: 'application/json' } }).catch(() => undefined);
      const body = await response?.json().catch(() => undefined);
      const messages = SANDBOX_MESSAGES[action];
      if (!response?.ok) {
        const code = body?.error ?? 'network_error';
        result.textContent = messages?.[code] ?? `沙箱操作失败（${code}）。 The sandbox action failed (${code}).`;
        return;
      }
      result.textContent = messages.ok(body ?? {});
      if (action === 'clock-advance') followSandboxClock(body?.now);
      // The widgets read their data again (the union's side changed it).
      if (action === 'help-request-reply') remount('help');
      else remount('insurance');
      void refresh();
    } finally {
      button.removeAttribute('aria-disabled');
    }
  }

  return { showWallet };
}
