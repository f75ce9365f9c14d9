// The demo's "平台收到了什么 What the platform received" panel. It lists exactly what reached the
// platform, as it came, and nothing else: every `union-*` event on the host page, every webhook the
// platform's back end received for this rider, and what the back end gets when it asks the union for
// the rider's status (`GET /v1/workers/{workerRef}/status`). No entry is inferred. When the rider has
// not agreed to share their status, it says so in plain words, and what the platform got: nothing.
//
// Built with createElement/textContent only (the page enforces Trusted Types).

/**
 * Every event the widgets dispatch, with what it may reveal — a copy of `UNION_EVENT_KINDS` in
 * packages/widgets/src/events/index.ts (the ready-to-serve bundle does not export it); a test in
 * test/rider-app.test.ts keeps the two equal. `host`: always sent, nothing about the rider's union
 * business. `status`: membership or coverage status, sent only while the rider shares it.
 */
export const UNION_EVENT_KINDS = {
  'union-error': 'host',
  'union-ready': 'host',
  'union-navigate': 'host',
  'union-payment-required': 'host',
  'union-join-requested': 'host',
  'union-view-changed': 'host',
  'union-open-url': 'host',
  'union-membership-status': 'status',
  'union-membership-application-submitted': 'status',
  'union-membership-application-withdrawn': 'status',
  'union-insurance-enrolled': 'status',
  'union-insurance-cancelled': 'status',
};

const POLL_MS = 3000;
const MAX_ENTRIES = 100;

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

const TEXT = {
  shared:
    '骑手已同意与平台共享状态：平台可以收到会员和保障状态（只有编号和状态）。 The rider shares their status: the platform may receive membership and coverage status (ids and statuses only).',
  declined:
    '骑手没有同意与平台共享状态，所以平台没有收到任何会员或保障状态：页面上没有状态事件，后端没有 Webhook，查询只得到 shared: false。 The rider has not agreed to share their status, so the platform received no membership or coverage status: no status event on the page, no webhook at the back end, and the lookup says only shared: false.',
  declinedAfter: (n) =>
    `骑手目前没有同意与平台共享状态；平台此前已收到的 ${n} 条状态仍列在下面。 The rider does not share their status now; the ${n} status item(s) the platform received before are still listed below.`,
  unknown: '暂时查不到状态，稍后重试。 The status lookup failed; trying again shortly.',
  noWebhooks: '还没有 Webhook。 No webhooks yet.',
  noWebhooksDeclined: '没有 Webhook：骑手没有同意共享状态。 No webhooks: the rider has not agreed to share their status.',
  statusBadge: '会员/保障状态 status',
  confidentialNone: (n) =>
    `✓ 已检查平台收到的 ${n} 项：没有任何求助、理赔或补贴的编号、类型或内容，也看不出它们存在。 ✓ Checked the ${n} item(s) the platform received: no id, type or content of a help request, claim or subsidy, and nothing that shows one exists.`,
  confidentialFound:
    '⚠ 平台收到的内容里出现了求助、理赔或补贴的痕迹。 ⚠ Something of a help request, claim or subsidy reached the platform.',
};

/**
 * What would show that something of a help request, a claim or a subsidy reached the platform: their
 * ids (`help_…`, `hmsg_…`, `clm_…`), the help-request and claim types and fields, or their words.
 * The panel runs it over everything it lists and says the result in plain words.
 */
const CONFIDENTIAL = /\b(?:help|hmsg|clm|appt)_[A-Za-z0-9]|helpRequest|claim|subsid|complaint|legal_|mediation|micro_wish|certificate_subsidy|求助|理赔|互助金申请|补贴|投诉|调解|法律援助|微心愿/i;

/**
 * A plain check the reader can trust: does the payload contain anything that looks like personal
 * data — a mainland mobile number, an 18-digit resident ID number, or any Chinese text (a name, an
 * address)? Ids and statuses are ASCII codes, so a clean payload passes.
 */
function looksPersonal(value) {
  const text = JSON.stringify(value ?? null);
  return /(?<!\d)1[3-9]\d{9}(?!\d)/.test(text) || /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/.test(text) || /[\u3400-\u9fff]/.test(text);
}

function span(className, text) {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

function logEntry({ time, name, detail, source = '', kind = '' }) {
  const li = document.createElement('li');
  li.dataset.name = name;
  if (kind) li.dataset.kind = kind;
  const line = document.createElement('div');
  line.className = 'log-line';
  const when = document.createElement('time');
  when.className = 'log-time';
  when.dateTime = time.toISOString();
  when.textContent = timeFormat.format(time);
  const sep = span('', '·');
  sep.setAttribute('aria-hidden', 'true');
  const what = document.createElement('code');
  what.className = 'log-name';
  what.textContent = name;
  line.append(when, sep, what);
  if (source) line.append(span('log-source', `← <${source}>`));
  if (kind === 'status') line.append(span('log-kind', TEXT.statusBadge));
  const personal = looksPersonal(detail);
  line.append(span(personal ? 'verdict warn' : 'verdict', personal ? '⚠ 疑似个人信息 looks personal' : '✓ 仅编号和状态 ids & statuses only'));
  const pre = document.createElement('pre');
  pre.className = 'log-detail';
  pre.textContent = JSON.stringify(detail ?? null, null, 1).replace(/\n\s*/g, ' ');
  li.append(line, pre);
  return li;
}

/** Starts listening and polling. `refresh()` asks the back end again at once (after an action). */
export function startInspector() {
  const eventLog = $('event-log');
  let eventCount = 0;
  /** Status events seen on this page since it loaded ("Clear" empties the list, not this count). */
  let statusEventsSeen = 0;
  /** Every event seen on this page since it loaded, by name and detail (for the confidential check). */
  const eventDetails = [];
  /** @type {{ receivedAt: string, type: string, data: unknown }[]} */
  let webhooks = [];
  /** @type {{ workerRef: string, shared: boolean } | undefined} */
  let workerStatus;

  /** Sets text only when it changes, so the status region is not announced again on every poll. */
  const say = (el, text) => {
    if (el.textContent !== text) el.textContent = text;
  };

  /** Everything the platform received (as listed here), checked for anything of the confidential flows. */
  function checkConfidential() {
    const received = [...eventDetails, ...webhooks, ...(workerStatus ? [workerStatus] : [])];
    const found = received.some((item) => CONFIDENTIAL.test(JSON.stringify(item ?? null)));
    const check = $('confidential-check');
    check.dataset.found = String(found);
    say(check, found ? TEXT.confidentialFound : TEXT.confidentialNone(received.length));
  }

  function summarise() {
    checkConfidential();
    const summary = $('share-summary');
    if (!workerStatus) {
      say(summary, TEXT.unknown);
      return;
    }
    const received = statusEventsSeen + webhooks.length;
    summary.dataset.shared = String(workerStatus.shared);
    say(summary, workerStatus.shared ? TEXT.shared : received === 0 ? TEXT.declined : TEXT.declinedAfter(received));
    say($('webhooks-empty'), workerStatus.shared ? TEXT.noWebhooks : TEXT.noWebhooksDeclined);
  }

  function recordEvent(event) {
    const kind = UNION_EVENT_KINDS[event.type] ?? 'host';
    eventCount += 1;
    if (kind === 'status') statusEventsSeen += 1;
    eventDetails.push({ type: event.type, detail: event.detail });
    if (eventDetails.length > 500) eventDetails.shift();
    $('event-count').textContent = String(eventCount);
    $('events-empty').hidden = true;
    const source = event.target instanceof Element ? event.target.localName : '';
    eventLog.prepend(logEntry({ time: new Date(), name: event.type, detail: event.detail, source, kind }));
    while (eventLog.childElementCount > MAX_ENTRIES) eventLog.lastElementChild?.remove();
    if (kind === 'status') summarise();
    else checkConfidential();
  }
  for (const name of Object.keys(UNION_EVENT_KINDS)) {
    // Capture phase on document: seen even if a handler on the way stops propagation.
    document.addEventListener(name, recordEvent, { capture: true });
  }
  $('clear-events').addEventListener('click', () => {
    eventCount = 0;
    $('event-count').textContent = '0';
    eventLog.replaceChildren();
    $('events-empty').hidden = false;
  });

  async function getJson(path) {
    const response = await fetch(path, { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }

  let lastWebhooks = '';
  let lastStatus = '';
  async function refresh() {
    const [hooks, status] = await Promise.allSettled([getJson('/api/union/webhook-events'), getJson('/api/union/worker-status')]);
    if (hooks.status === 'fulfilled') {
      webhooks = hooks.value.data;
      const text = JSON.stringify(webhooks);
      if (text !== lastWebhooks) {
        lastWebhooks = text;
        $('webhook-count').textContent = String(webhooks.length);
        $('webhooks-empty').hidden = webhooks.length > 0;
        $('webhook-log').replaceChildren(
          ...webhooks.map((w) => logEntry({ time: new Date(w.receivedAt), name: w.type, detail: w.data })),
        );
      }
    }
    workerStatus = status.status === 'fulfilled' ? status.value : undefined;
    const statusText = JSON.stringify(workerStatus ?? null);
    if (statusText !== lastStatus) {
      lastStatus = statusText;
      const pre = $('worker-status');
      pre.hidden = !workerStatus;
      pre.textContent = workerStatus ? JSON.stringify(workerStatus, null, 1).replace(/\n\s*/g, ' ') : '';
      if (workerStatus) $('rider-ref').textContent = workerStatus.workerRef;
    }
    summarise();
  }

  const poll = () => {
    if (document.visibilityState !== 'hidden') void refresh();
  };
  window.setInterval(poll, POLL_MS);
  void refresh();
  return { refresh };
}
