/**
 * What every UnionKit widget must do, as one mocha suite to run over each widget:
 *
 * ```ts
 * import { runCommonWidgetSuite } from '../internal/testing/common-suite.js';
 * import '../define/job-listings.js';
 * runCommonWidgetSuite('union-job-listings', {
 *   tag: 'union-job-listings',
 *   session: { components: ['jobs'] },
 *   // optional: drive the widget through its main flow with personal data
 *   exercise: async (el, s) => { … type s.name / s.idNumber / s.mobile, submit … },
 * });
 * ```
 *
 * Checks: loading then ready/empty; live regions from the first render; axe in each state reached;
 * zh-CN ↔ en; `--union-color-primary` and `--union-<widget>-color-primary` reach the shadow styles;
 * `base`/`footer`/`hotline` parts; care mode ≥ 1.25× text; no horizontal overflow at 320 px; touch
 * targets ≥ 44 px; a failing network shows the error with a retry, dispatches `union-error` with
 * `{ code, retryable }` only, and the retry recovers; sentinel values never leak; an active member who
 * declined to share their status lets no status event out, one who agreed gets ids and statuses only
 * (`statusExercise`, `statusEvents`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { UnionClient } from '@unionkit/sdk';
import type { UnionStatusEventName } from '../../events/index.js';
import { eventsSettled, type UnionElement } from '../base.js';
import { makeMember } from './member.js';
import { createTestClient, flakyFetch, heldFetch, type SessionParams } from './session.js';
import { SENTINELS, watchSentinels } from './sentinels.js';
import { waitUntil } from './dom.js';

export interface CommonSuiteOptions {
  /** The registered tag, e.g. `union-job-listings` (import its define module first). */
  tag: string;
  /** The session to mint for each test (components, verifiedMobile, activeOrders). */
  session?: SessionParams;
  /** Sets properties a widget needs before it loads (e.g. a position for the service map). */
  setup?: (el: UnionElement) => void | Promise<void>;
  /** Drives the widget's main flow entering `SENTINELS` where it asks for personal data. */
  exercise?: (el: UnionElement, sentinels: typeof SENTINELS) => Promise<void>;
  /**
   * For an active union member (made through the API): does what would make the widget report
   * membership or coverage status (e.g. enrol in a plan). Run once for a worker who declined to share
   * their status and once for one who agreed.
   */
  statusExercise?: (el: UnionElement) => Promise<void>;
  /** The status events the widget must send for a member who agreed to share (after `statusExercise`). */
  statusEvents?: readonly UnionStatusEventName[];
  /** Milliseconds to wait for the first load (default 8000). */
  timeout?: number;
}

type Settled = 'ready' | 'empty' | 'error';

/**
 * Mounts the widget in a container `width` px wide (320 by default), with `client` set before the
 * first render. (The fixture is the widget itself, so mounting never waits for an animation frame,
 * which a background tab may never give when test files run side by side.)
 */
export async function mountWidget(
  tag: string,
  client: UnionClient | undefined,
  setup?: (el: UnionElement) => void | Promise<void>,
  width = 320,
): Promise<UnionElement> {
  // A container of its own for each mount, so two widgets in one test clean up independently.
  const container = document.createElement('div');
  document.body.append(container);
  container.style.width = `${width}px`;
  const el = document.createElement(tag) as UnionElement;
  if (client) el.client = client;
  await setup?.(el);
  await fixture(html`${el}`, { parentNode: container });
  await el.updateComplete;
  return el;
}

export async function settled(el: UnionElement, timeout = 8000): Promise<Settled> {
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.state), `${el.localName} did not settle`, { timeout });
  await el.updateComplete;
  return el.state as Settled;
}

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Every interactive element is at least 44 × 44 px (a checkbox or radio counts its label). */
export function assertTouchTargets(el: Element, min = 44): void {
  const controls = shadow(el).querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="button"]');
  for (const c of controls) {
    if (c.closest('[hidden]') || getComputedStyle(c).display === 'none' || c.matches('.visually-hidden *')) continue;
    const target =
      c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio') ? (c.closest('label') ?? c) : c;
    const r = target.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    expect(Math.round(r.height), `height of ${describeEl(c)}`).to.be.at.least(min);
    expect(Math.round(r.width), `width of ${describeEl(c)}`).to.be.at.least(min);
  }
}

/** Nothing inside is wider than the widget: no horizontal scroll at the container's width. */
export function assertNoHorizontalOverflow(el: Element): void {
  const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
  expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
  expect(base.scrollWidth, 'base scrollWidth').to.be.at.most(base.clientWidth);
  for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    expect(parent.scrollWidth, 'container scrollWidth').to.be.at.most(parent.clientWidth);
  }
}

function describeEl(c: Element): string {
  return `<${c.localName}${c.getAttribute('part') ? ` part="${c.getAttribute('part')}"` : ''}> "${c.textContent?.trim().slice(0, 30) ?? ''}"`;
}

export function runCommonWidgetSuite(name: string, options: CommonSuiteOptions): void {
  const { tag, session, setup, exercise, statusExercise, statusEvents = [] } = options;
  const timeout = options.timeout ?? 8000;

  describe(`${name}: what every widget does`, function () {
    this.timeout(timeout * 3);

    it('renders loading, with both live regions, then ready or empty', async () => {
      // The first answer is held back (longer than any check here takes, on however busy a machine), so
      // the loading state is there to see whatever the network does.
      const held = heldFetch();
      const client = await createTestClient({ session, fetch: held.fetch, timeoutMs: 60_000 });
      const el = await mountWidget(tag, client, setup);
      const root = shadow(el);
      expect(el.state, 'loading until the first answer').to.equal('loading');
      expect(root.querySelector('[role="status"][aria-live="polite"]'), 'polite region').to.exist;
      expect(root.querySelector('[role="alert"][aria-live="assertive"]'), 'assertive region').to.exist;
      expect(root.querySelector('[part~="loading"]'), 'loading part').to.exist;
      await expect(el).to.be.accessible();
      held.release();
      const state = await settled(el, timeout);
      expect(['ready', 'empty']).to.include(state);
      expect(root.querySelector('[role="status"][aria-live="polite"]'), 'polite region after load').to.exist;
      await expect(el).to.be.accessible();
    });

    it('exposes parts and the 12351 hotline', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup);
      await settled(el, timeout);
      const root = shadow(el);
      expect(root.querySelector('[part~="base"]')).to.exist;
      expect(root.querySelector('[part~="footer"]')).to.exist;
      expect(root.querySelector('a[part~="hotline"]')?.getAttribute('href')).to.equal('tel:12351');
    });

    it('shows the one 上海工会 identity, which theming recolours but cannot hide', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup);
      await settled(el, timeout);
      const root = shadow(el);
      const identity = () => root.querySelector<HTMLElement>('.identity');
      expect(identity()?.textContent).to.contain('上海工会');
      // A partner hides every part it can reach and recolours the primary token.
      const parts = new Set<string>();
      for (const node of root.querySelectorAll('[part]')) for (const p of node.getAttribute('part')!.split(/\s+/)) parts.add(p);
      parts.delete('base');
      const style = document.createElement('style');
      style.textContent = [...parts].map((p) => `${tag}::part(${p}) { display: none !important; visibility: hidden !important; }`).join('\n');
      document.head.append(style);
      el.style.setProperty('--union-color-primary', 'rgb(1, 2, 3)');
      try {
        await el.updateComplete;
        const shown = identity()!;
        expect(shown.getBoundingClientRect().height, 'identity still laid out').to.be.greaterThan(0);
        expect(getComputedStyle(shown).visibility).to.equal('visible');
        expect(getComputedStyle(shown).color, 'recoloured with the primary token').to.equal('rgb(1, 2, 3)');
        el.locale = 'en';
        await waitUntil(() => identity()?.textContent?.includes('Shanghai Trade Unions'), 'no English name beside the mark', { timeout });
        expect(identity()!.textContent).to.contain('上海工会');
      } finally {
        style.remove();
      }
    });

    it('speaks zh-CN by default and en when asked, and back', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup);
      await settled(el, timeout);
      const base = () => shadow(el).querySelector('[part~="base"]')!;
      expect(base().getAttribute('lang')).to.equal('zh-CN');
      const zh = base().textContent!.replace(/\s+/g, ' ');
      expect(zh).to.match(/[\u4e00-\u9fff]/);
      el.locale = 'en';
      await waitUntil(() => base().getAttribute('lang') === 'en', 'did not switch to en', { timeout });
      const enText = base().textContent!.replace(/\s+/g, ' ');
      expect(enText).to.not.equal(zh);
      expect(enText).to.contain('12351');
      await expect(el).to.be.accessible();
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(base().getAttribute('lang')).to.equal('zh-CN');
    });

    it('takes --union-color-primary and its own --union-<widget>-color-primary from the host', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup);
      await settled(el, timeout);
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      el.style.setProperty('--union-color-primary', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).getPropertyValue('--_color-primary').trim()).to.equal('rgb(1, 2, 3)');
      el.style.setProperty(`--${tag}-color-primary`, 'rgb(4, 5, 6)');
      expect(getComputedStyle(base).getPropertyValue('--_color-primary').trim()).to.equal('rgb(4, 5, 6)');
      const hotline = shadow(el).querySelector<HTMLElement>('a[part~="hotline"]')!;
      expect(getComputedStyle(hotline).color).to.equal('rgb(4, 5, 6)');
    });

    it('follows theme="dark" and theme="light"', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup);
      await settled(el, timeout);
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      el.theme = 'light';
      await el.updateComplete;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).to.not.equal(light);
      await expect(el).to.be.accessible();
    });

    it('enlarges text at least 1.25× in care mode (关怀模式) and keeps the host font size', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup);
      await settled(el, timeout);
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      const normal = parseFloat(getComputedStyle(base).fontSize);
      expect(normal).to.equal(parseFloat(getComputedStyle(document.documentElement).fontSize));
      el.mode = 'care';
      await el.updateComplete;
      expect(el.getAttribute('mode')).to.equal('care');
      expect(parseFloat(getComputedStyle(base).fontSize)).to.be.at.least(normal * 1.25);
      assertTouchTargets(el);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without horizontal scroll and has 44 px touch targets', async () => {
      const el = await mountWidget(tag, await createTestClient({ session }), setup, 320);
      await settled(el, timeout);
      assertNoHorizontalOverflow(el);
      assertTouchTargets(el);
    });

    it('shows an error with a retry when the network fails, reports { code, retryable } only, and recovers', async () => {
      const net = flakyFetch();
      const client = await createTestClient({ session, fetch: net.fetch });
      const errors: CustomEvent[] = [];
      const onError = (e: Event) => errors.push(e as CustomEvent);
      window.addEventListener('union-error', onError);
      try {
        const el = await mountWidget(tag, client, setup);
        expect(await settled(el, timeout)).to.equal('error');
        const root = shadow(el);
        const retry = root.querySelector<HTMLButtonElement>('button[part~="retry"]');
        expect(retry, 'retry button').to.exist;
        expect(root.querySelector('[part~="error-state"]')!.textContent).to.match(/\S/);
        expect(root.querySelector('[role="alert"]')!.textContent).to.match(/\S/);
        expect(errors.length).to.be.greaterThan(0);
        for (const e of errors) {
          expect(e.bubbles && e.composed).to.equal(true);
          expect(Object.keys(e.detail).sort()).to.deep.equal(['code', 'retryable']);
          expect(e.detail).to.deep.equal({ code: 'network_error', retryable: true });
        }
        assertNoHorizontalOverflow(el);
        assertTouchTargets(el);
        await expect(el).to.be.accessible();

        net.failing = false;
        retry!.focus();
        retry!.click();
        await waitUntil(() => el.state !== 'error', 'the retry did not start', { timeout });
        expect(['ready', 'empty']).to.include(await settled(el, timeout));
      } finally {
        window.removeEventListener('union-error', onError);
      }
    });

    it('lets no name, ID number or mobile reach events, console, storage or URLs', async () => {
      const watch = watchSentinels();
      try {
        const el = await mountWidget(tag, await createTestClient({ session }), setup);
        await settled(el, timeout);
        if (exercise) await exercise(el, watch.sentinels);
        await eventsSettled(el);
        watch.assertClean(el);
      } finally {
        watch.restore();
      }
    });

    /** An active member (through the API), who did or did not agree to share their status; the widget on their session. */
    async function memberWidget(share: boolean): Promise<UnionElement> {
      const workerRef = `member-${crypto.randomUUID()}`;
      await makeMember(await createTestClient({ session: { workerRef, components: ['membership'] } }), { share });
      const el = await mountWidget(tag, await createTestClient({ session: { ...session, workerRef } }), setup);
      await settled(el, timeout);
      if (statusExercise) await statusExercise(el);
      await eventsSettled(el);
      return el;
    }

    it("tells the host nothing of an active member's union business when they declined to share it", async () => {
      const watch = watchSentinels(SENTINELS, { sharing: false });
      try {
        const el = await memberWidget(false);
        // Throws on any membership or coverage status event, and on any event the rule does not know.
        watch.assertClean(el);
      } finally {
        watch.restore();
      }
    });

    it('tells the host a member’s status, ids and statuses only, when they agreed to share it', async () => {
      const watch = watchSentinels(SENTINELS, { sharing: true });
      try {
        const el = await memberWidget(true);
        watch.assertClean(el);
        for (const name of statusEvents) expect(watch.events.map((e) => e.type), name).to.include(name);
      } finally {
        watch.restore();
      }
    });
  });
}
