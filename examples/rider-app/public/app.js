// Demo Delivery 骑手 — the host page's script. A plain ES module, no build step.
//
// What a platform has to do to embed UnionKit is in `startUnion()`: load the widget modules, give
// <union-provider> a `fetchToken` that asks the platform's own back end for a widget session, and
// listen to the `union-*` events. Everything else here is the mock rider app and the demo's tools;
// the "what the platform received" panel is inspector.js.
//
// No inline scripts or styles, no innerHTML: the page runs under `script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'`, so every node below is built with createElement/textContent.
// This module must be the first script on the page: it installs the Trusted Types `default` policy
// before any widget (or Leaflet) loads (inspector.js, which it imports, touches no HTML sink).

import { startInspector } from '/inspector.js';
import { startUnionFlows } from '/union-flows.js';

// ------------------------------------------------------------------------------------------ Trusted Types

/**
 * The page enforces Trusted Types (`require-trusted-types-for 'script'`): no string may reach an HTML
 * sink unless a policy made it. Lit renders through its own `lit-html` policy. Leaflet (the service
 * map's map view) assigns a few constant strings to innerHTML — its inline-SVG probe `'<svg/>'` when
 * it loads, and the zoom buttons' default labels — which only a `default` policy can allow. This one
 * lets exactly those constants through and nothing else: any other string is refused (and reported
 * as a CSP violation), so the policy opens no door.
 */
const DEFAULT_POLICY_ALLOWED_HTML = new Set([
  '<svg/>',
  '<span aria-hidden="true">+</span>',
  '<span aria-hidden="true">&#x2212;</span>',
]);
try {
  window.trustedTypes?.createPolicy('default', {
    createHTML: (input) => (DEFAULT_POLICY_ALLOWED_HTML.has(input) ? input : null),
  });
} catch (error) {
  // The page's CSP does not allow it: the map view will say it could not load; the rest works.
  console.warn('Trusted Types default policy not allowed', error);
}

/**
 * What the demo says when a widget asks the host to open the join flow (`union-join-requested`):
 * <union-insurance-enrol> when the worker presses 去入会 on a members-only plan, <union-event-signup>
 * for a members-only event. The demo switches to <union-membership-join>, and back once the (sandbox)
 * union has approved. Which widget asked is the event's target.
 */
const JOIN_REQUEST_MESSAGES = {
  'union-insurance-enrol': '已转到「入会」，入会后可参加会员保障。 Opened “Join the union”: members-only plans open up once you join.',
  'union-event-signup': '已转到「入会」，入会后可报名会员活动。 Opened “Join the union”: members-only events open up once you join.',
};

/** The rider's position (徐汇, near 漕河泾) and district (徐汇区 310104) for the service map. */
const RIDER_POSITION = { lat: 31.188, lng: 121.437 };
const RIDER_DISTRICT = '310104';

/** One entry per widget: its tag, its module in the bundle, and the panel that holds it. */
const WIDGETS = [
  { key: 'membership', tag: 'union-membership-join', module: '/widgets/membership-join.js', panel: 'union-membership' },
  { key: 'insurance', tag: 'union-insurance-enrol', module: '/widgets/insurance-enrol.js', panel: 'union-insurance' },
  { key: 'map', tag: 'union-service-map', module: '/widgets/service-map.js', panel: 'union-map' },
  { key: 'events', tag: 'union-event-signup', module: '/widgets/event-signup.js', panel: 'union-events' },
  { key: 'jobs', tag: 'union-job-listings', module: '/widgets/job-listings.js', panel: 'union-jobs' },
  { key: 'help', tag: 'union-help-desk', module: '/widgets/help-desk.js', panel: 'union-help' },
];

const NAV_APPS = {
  amap: '高德地图 Amap',
  baidu: '百度地图 Baidu Maps',
  tencent: '腾讯地图 Tencent Maps',
  system: '系统地图 the system map app',
};

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

// ------------------------------------------------------------------------------------------ tabs

/**
 * An ARIA tablist: buttons with role="tab", aria-selected and aria-controls; roving tabindex;
 * ←/→/Home/End move and select (the panels are cheap to show).
 */
function tablist(list, onSelect = () => {}) {
  const tabs = /** @type {HTMLButtonElement[]} */ ([...list.querySelectorAll('[role="tab"]')]);
  const select = (tab, { focus = false } = {}) => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
    onSelect(tab);
  };
  list.addEventListener('click', (event) => {
    const tab = /** @type {Element} */ (event.target).closest('[role="tab"]');
    if (tab && tabs.includes(/** @type {HTMLButtonElement} */ (tab))) select(tab);
  });
  list.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length], { focus: true });
  });
  return { select: (id, options) => select(tabs.find((t) => t.id === id) ?? tabs[0], options) };
}

const screen = $('screen');
const mainTabs = tablist($('main-tabs'), () => {
  screen.scrollTop = 0;
});
const unionTabs = tablist($('union-tabs'));

/** Opens the 工会服务 tab on one widget, and puts the keyboard focus on its tab. */
function openUnion(subTabId = 'sub-membership') {
  mainTabs.select('tab-union');
  unionTabs.select(subTabId, { focus: true });
}

for (const button of document.querySelectorAll('[data-go="union"]')) {
  button.addEventListener('click', () => openUnion());
}
for (const button of document.querySelectorAll('[data-demo-action]')) {
  button.addEventListener('click', () => toast('演示：这个按钮没有功能。 Demo only: this button does nothing.'));
}

// ------------------------------------------------------------------------------------------ toast

let toastTimer = 0;
function toast(message) {
  const box = $('toast');
  box.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (box.textContent = ''), 5000);
}

// ------------------------------------------------------------------------------------------ UnionKit

const provider = $('union');

/** The platform's back end mints a widget session with its secret key; the page gets only `wst_…`. */
async function fetchToken() {
  const response = await fetch('/api/union/session', { method: 'POST', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`session: HTTP ${response.status}`);
  const session = await response.json();
  return session.clientToken;
}

async function startUnion() {
  try {
    await import('/widgets/provider.js');
  } catch (error) {
    $('bundle-missing').hidden = false;
    for (const widget of WIDGETS) $(widget.panel).removeAttribute('aria-busy');
    console.error('UnionKit widget bundle not found — run `npm run build`.', error);
    return;
  }
  await customElements.whenDefined('union-provider');
  provider.fetchToken = fetchToken;
  // Each widget loads on its own, so one that fails (or is not built yet) leaves the others working.
  await Promise.all(WIDGETS.map(loadWidget));
}

async function loadWidget(widget) {
  const panel = $(widget.panel);
  try {
    await import(widget.module);
  } catch (error) {
    console.error(`${widget.tag}: could not load ${widget.module}`, error);
  }
  // Until now the panel showed the page's own skeleton (app.css, `:not(:defined)`); from here the
  // widget shows its own, or the note below says why there is none.
  panel.removeAttribute('aria-busy');
  if (customElements.get(widget.tag)) {
    configure(widget, panel.querySelector(widget.tag));
    return;
  }
  const note = document.createElement('p');
  note.className = 'widget-missing';
  note.textContent = `<${widget.tag}> 还没有构建好。 This widget is not in the bundle yet.`;
  const element = panel.querySelector(widget.tag);
  if (element) element.hidden = true;
  panel.prepend(note);
}

/** Host-side settings of a widget element (the service map and the help desk get the rider's position). */
function configure(widget, element) {
  if (!element) return;
  if (widget.key === 'map') {
    // The platform knows where its rider is (WGS-84); the widget rounds it to ~100 m before sending.
    element.position = { ...RIDER_POSITION };
    if (!element.hasAttribute('district')) element.setAttribute('district', RIDER_DISTRICT);
  }
  // The help desk books at the nearest legal-aid station or mediation room: nearest to the rider.
  if (widget.key === 'help') element.position = { ...RIDER_POSITION };
}

/** Replaces a widget with a fresh one, so it loads again (after the sandbox changed its data). */
function remount(key) {
  const widget = WIDGETS.find((w) => w.key === key);
  const old = widget && $(widget.panel).querySelector(widget.tag);
  if (!widget || !old || !customElements.get(widget.tag)) return;
  const fresh = document.createElement(widget.tag);
  for (const { name, value } of old.attributes) fresh.setAttribute(name, value);
  old.replaceWith(fresh);
  configure(widget, fresh);
}

// The host follows its own settings; the widgets follow the host through the provider.
const phone = $('phone');
for (const input of document.querySelectorAll('input[name="locale"]')) {
  input.addEventListener('change', () => {
    provider.setAttribute('locale', input.value);
    toast(input.value === 'en' ? 'Union services now in English' : '工会服务已切换为中文');
  });
}
// The host's own colours: the chosen theme, or the system's when it is 'auto' (`data-scheme` is
// always the one in effect, so the stylesheet names the dark palette once).
const systemDark = matchMedia('(prefers-color-scheme: dark)');
let theme = 'auto';
const applyScheme = () => {
  phone.dataset.scheme = theme === 'auto' ? (systemDark.matches ? 'dark' : 'light') : theme;
};
systemDark.addEventListener('change', applyScheme);
applyScheme();
for (const input of document.querySelectorAll('input[name="theme"]')) {
  input.addEventListener('change', () => {
    provider.setAttribute('theme', input.value);
    theme = input.value;
    applyScheme();
  });
}
$('care-mode').addEventListener('change', (event) => {
  const on = /** @type {HTMLInputElement} */ (event.target).checked;
  if (on) provider.setAttribute('mode', 'care');
  else provider.removeAttribute('mode');
});

// What the host does with some events.
document.addEventListener('union-navigate', (event) => {
  // The demo keeps the page: it cancels the navigation (the widget then does not follow its link)
  // and says where a real rider would have gone. A real app would let it proceed, in the same window.
  event.preventDefault();
  const app = NAV_APPS[event.detail?.app] ?? NAV_APPS.system;
  toast(`将打开${app.split(' ')[0]}导航（演示中留在本页）。 Would open ${app.split(' ').slice(1).join(' ')} to navigate; the demo stays here.`);
});
/** The sub-tab that sent the rider to the join flow, to return to after joining. */
let returnAfterJoin = '';
document.addEventListener('union-join-requested', (event) => {
  const widget = /** @type {Element} */ (event.target);
  const panel = widget.closest?.('[role="tabpanel"].widget-panel');
  returnAfterJoin = panel?.getAttribute('aria-labelledby') ?? '';
  openUnion('sub-membership');
  toast(JOIN_REQUEST_MESSAGES[widget.localName] ?? JOIN_REQUEST_MESSAGES['union-insurance-enrol']);
});

// Sandbox only: play the union and approve the rider's application, to see what the platform learns
// then. The page does not need the application's id (it is told only if the rider shares their
// status): the demo's server finds the logged-in rider's open application, as the union would.
document.addEventListener('union-membership-status', (event) => {
  // A member needs no sandbox test data for the join form.
  const hint = document.querySelector('#union-membership .hint');
  if (hint instanceof HTMLElement) hint.hidden = event.detail?.status === 'active';
});
const APPROVE_ERRORS = {
  no_open_application: '没有待审核的入会申请：请先在上面提交申请。 No application is waiting: submit one above first.',
};
$('approve-membership').addEventListener('click', async (event) => {
  const button = /** @type {HTMLButtonElement} */ (event.currentTarget);
  const result = $('approve-result');
  // The button keeps the focus throughout (it is never hidden or disabled under it); the outcome
  // is said next to it, in a status region.
  if (button.getAttribute('aria-disabled') === 'true') return;
  button.setAttribute('aria-disabled', 'true');
  result.textContent = '正在审核… Deciding…';
  try {
    const response = await fetch('/api/sandbox/membership-decision', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve' }),
    }).catch(() => undefined);
    if (!response?.ok) {
      const body = await response?.json().catch(() => undefined);
      const code = body?.error ?? 'network_error';
      result.textContent = APPROVE_ERRORS[code] ?? `沙箱审核失败（${code}）。 Sandbox decision failed (${code}).`;
      return;
    }
    result.textContent = '工会已批准，你已是会员（沙箱）。 Approved: you are a member (sandbox).';
    void inspector.refresh();
    remount('membership');
    remount('insurance');
    remount('events');
    if (returnAfterJoin) {
      openUnion(returnAfterJoin);
      returnAfterJoin = '';
      toast('工会已批准，你已是会员（沙箱）。回到刚才的页面。 Approved: you are a member (sandbox). Back where you were.');
    }
  } finally {
    button.removeAttribute('aria-disabled');
  }
});

// Start over as a fresh rider: the demo's server gives this browser a new workerRef (a rider the
// union has never seen), the demo forgets what it kept in this browser, and the reload starts a new
// widget session for the new rider.
$('start-over').addEventListener('click', async () => {
  const response = await fetch('/api/demo/new-rider', { method: 'POST' }).catch(() => undefined);
  if (!response?.ok) {
    toast('没能换成新骑手，请重试。 Could not start over: try again.');
    return;
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage is off in this browser: nothing was kept there.
  }
  location.reload();
});

// ------------------------------------------------------------------------------------------ "what the platform received"

const inspector = startInspector();
// The wallet, paying a premium from it, and the sandbox buttons for the cover, claims and help requests.
startUnionFlows({ remount, toast, refresh: () => inspector.refresh() });

void startUnion();
