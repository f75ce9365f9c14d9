/**
 * Paying the premium: an enrolment awaiting payment shows the amount and the due date and 去缴费, which
 * sends the cancelable `union-payment-required { enrolmentId, amountFen }` and nothing else; a host that
 * cancels it gets "waiting for the platform" until the payment is confirmed and the cover shows; a host
 * that does not gets the union counter's instructions; an unpaid enrolment past its due date says it
 * lapsed, with a way to enrol again.
 */
import { expect } from '@open-wc/testing';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, ASCII_PUNCTUATION_IN_CHINESE, active, headingOf, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { card, moveClocks, renewingClient, session, startEnrol, TAG } from '../internal/testing/insurance-enrol.js';
import { makeMember } from '../internal/testing/member.js';
import { createTestClient } from '../internal/testing/session.js';
import type { UnionClient } from '@unionkit/sdk';
import type { UnionElement } from '../internal/base.js';
import type { UnionInsuranceEnrol } from './insurance-enrol.js';

/** A member enrolled in the plan they pay for themselves (住院津贴, ¥30), on the result view. */
async function enrolledInPaidPlan(client: UnionClient): Promise<UnionElement> {
  await makeMember(client);
  const el = await mountWidget(TAG, client);
  await settled(el);
  await startEnrol(el, card(el, 'inpatient').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
  $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
  await waitFor(() => headingOf(el) === '参保申请已提交');
  await waitFor(el, '[part~="payment"]');
  return el;
}

/**
 * Holds the page's timers of 2 s or more — the widget's waits between reads of an enrolment — until
 * `fire()` runs them; shorter ones run as usual. (Run `fire()` only while no `waitUntil` is pending: its
 * own time limit is such a timer.)
 */
function holdLongTimers(): { fire: () => void; restore: () => void } {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, () => void>();
  let next = 2 ** 30;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function' || (ms ?? 0) < 2000) return realSet(handler, ms, ...args);
    const id = next++;
    held.set(id, () => (handler as (...a: unknown[]) => void)(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined && held.delete(id)) return;
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    fire: () => {
      const due = [...held.values()];
      held.clear();
      for (const run of due) run();
    },
    restore: () => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** A client that counts its reads of one enrolment (`GET /insurance-enrolments/{id}`). */
async function countingClient(): Promise<{ client: UnionClient; reads: () => number }> {
  const calls: Request[] = [];
  const client = await createTestClient({
    session: session(),
    timeoutMs: 0,
    fetch: (input, init) => {
      calls.push(input);
      return globalThis.fetch(input, init);
    },
  });
  const reads = () => calls.filter((r) => r.method === 'GET' && /\/insurance-enrolments\/[^/]+$/.test(new URL(r.url).pathname)).length;
  return { client, reads };
}

/** Presses 去缴费 as a host that collects the premium does; resolves once the widget waits for the platform. */
async function payThroughPlatform(el: UnionElement): Promise<string> {
  let enrolmentId = '';
  const collect = (e: Event) => {
    enrolmentId = (e as CustomEvent<{ enrolmentId: string }>).detail.enrolmentId;
    e.preventDefault();
  };
  document.addEventListener('union-payment-required', collect);
  try {
    $<HTMLButtonElement>(el, 'button[part~="pay"]')!.click();
  } finally {
    document.removeEventListener('union-payment-required', collect);
  }
  await el.updateComplete;
  expect($(el, '[part~="payment-waiting"]'), 'waiting for the platform').to.exist;
  return enrolmentId;
}

/**
 * Lets whatever the widget started settle: a later request through the same client has been answered,
 * so a read the widget began before it has been sent (and counted) by then.
 */
const roundTrip = (client: UnionClient) => client.insurance.listEnrolments();

describe('<union-insurance-enrol>: paying the premium', function () {
  this.timeout(40000);

  it('asks the host to collect the premium; a host that takes it on sees the widget wait, then the cover once paid', async () => {
    const client = await createTestClient({ session: session() });
    const el = await enrolledInPaidPlan(client);
    const due = textOf($(el, '[part~="payment-due"]'));
    expect(due).to.match(/^待缴互助金 ¥30，请在 \d{4}年\d+月\d+日 前缴纳；缴费后次日起保障生效。$/);
    await expect(el).to.be.accessible();

    const heard: CustomEvent[] = [];
    const collect = (e: Event) => {
      heard.push(e as CustomEvent);
      e.preventDefault(); // the platform collects it from the rider's wallet
    };
    document.addEventListener('union-payment-required', collect);
    try {
      $<HTMLButtonElement>(el, 'button[part~="pay"]')!.click();
    } finally {
      document.removeEventListener('union-payment-required', collect);
    }
    expect(heard).to.have.length(1);
    const event = heard[0]!;
    expect(event.bubbles && event.composed && event.cancelable, 'bubbles, composed, cancelable').to.equal(true);
    expect(Object.keys(event.detail as object).sort()).to.deep.equal(['amountFen', 'enrolmentId']);
    const { enrolmentId, amountFen } = event.detail as { enrolmentId: string; amountFen: number };
    expect(amountFen).to.equal(3000);
    await el.updateComplete;
    expect(textOf($(el, '[part~="payment-waiting"]'))).to.equal('正在由平台完成缴费…');
    expect($(el, 'button[part~="pay"]'), 'no second payment asked').to.not.exist;
    await expect(el).to.be.accessible();

    // The platform's server confirms the payment (here: the sandbox plays it); the page comes back into view.
    await client.sandbox.payEnrolment(enrolmentId);
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => !$(el, '[part~="payment"]'), 'the widget did not see the payment');
    const result = textOf($(el, '[part~="result"] [part~="status"]'));
    expect(result).to.match(/^\d{4}年\d+月\d+日 起生效$/);
    expect(textOf($(el, '[part~="result"]'))).to.not.contain('保障中');
    expect(textOf($(el, '[role="status"]'))).to.contain('缴费已确认');
    const enrolment = await client.insurance.retrieveEnrolment(enrolmentId);
    expect(enrolment.status).to.equal('active');
  });

  it('shows how to pay at a union counter when the host does not collect the premium', async () => {
    const client = await createTestClient({ session: session() });
    const el = await enrolledInPaidPlan(client);
    $<HTMLButtonElement>(el, 'button[part~="pay"]')!.click();
    const counter = await waitFor(el, '[part~="payment-counter"]');
    const words = textOf(counter);
    expect(words).to.contain('到工会柜台缴费');
    expect(words).to.match(/请在 \d{4}年\d+月\d+日 前，带上身份证到就近的工会服务站（职工服务中心）柜台缴纳 ¥30/);
    const [enrolment] = (await client.insurance.listEnrolments()).data;
    expect(words).to.contain(enrolment!.id);
    expect(words).to.contain('12351');
    expect(words).to.not.match(ASCII_PUNCTUATION_IN_CHINESE);
    await waitUntil(() => active(el)?.hasAttribute('data-counter-heading'), 'focus on the instructions');
    await expect(el).to.be.accessible();
  });

  it('stops reading the enrolment when the widget leaves the page, and reads again once it is back', async () => {
    const { client, reads } = await countingClient();
    const el = await enrolledInPaidPlan(client);
    const timers = holdLongTimers();
    try {
      const enrolmentId = await payThroughPlatform(el);
      const before = reads();
      timers.fire();
      await waitFor(() => reads() > before, 'the widget did not read the enrolment while waiting');
      await roundTrip(client);

      // Off the page: no timer, focus or view change reads it any more.
      const container = el.parentElement!;
      el.remove();
      const gone = reads();
      timers.fire();
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
      await roundTrip(client);
      timers.fire();
      await roundTrip(client);
      expect(reads(), 'a read after the widget left the page').to.equal(gone);

      // Back on the page: it waits and reads again, and sees the platform's payment.
      container.append(el);
      await client.sandbox.payEnrolment(enrolmentId);
      timers.fire();
      await waitFor(() => reads() > gone, 'the widget did not read again once back on the page');
      await waitFor(() => !$(el, '[part~="payment"]'), 'the widget did not see the payment');
      expect(textOf($(el, '[role="status"]'))).to.contain('缴费已确认');
    } finally {
      timers.restore();
    }
  });

  it('reads again when it comes back to the page after its backoff gave up', async () => {
    const { client, reads } = await countingClient();
    const el = await enrolledInPaidPlan(client);
    const timers = holdLongTimers();
    try {
      await payThroughPlatform(el);
      // Every wait of the backoff, until the widget stops asking (bounded: it gives up well before 30).
      let last = -1;
      for (let round = 0; round < 30 && reads() !== last; round++) {
        last = reads();
        timers.fire();
        await roundTrip(client);
        await roundTrip(client);
      }
      expect(reads(), 'the backoff gives up').to.equal(last);

      const container = el.parentElement!;
      el.remove();
      container.append(el);
      timers.fire();
      await roundTrip(client);
      expect(reads(), 'a read once back on the page').to.be.greaterThan(last);
    } finally {
      timers.restore();
    }
  });

  it('shows the union counter at once when the host that took the payment on turns it down after all', async () => {
    const { client, reads } = await countingClient();
    const el = (await enrolledInPaidPlan(client)) as UnionInsuranceEnrol;
    const timers = holdLongTimers();
    try {
      const enrolmentId = await payThroughPlatform(el);
      // The rider closes the platform's wallet sheet: the host tells the widget it will not collect.
      el.declinePayment(enrolmentId);
      const counter = await waitFor(el, '[part~="payment-counter"]');
      expect(textOf(counter)).to.contain('到工会柜台缴费');
      expect(textOf(counter)).to.contain(enrolmentId);
      expect($(el, '[part~="payment-waiting"]'), 'no longer waiting for the platform').to.not.exist;
      await waitUntil(() => active(el)?.hasAttribute('data-counter-heading'), 'focus on the instructions');
      await expect(el).to.be.accessible();
      // And it stops reading the enrolment for the platform's confirmation.
      const at = reads();
      timers.fire();
      await roundTrip(client);
      expect(reads(), 'no read after the host declined').to.equal(at);
    } finally {
      timers.restore();
    }
  });

  it('says plainly that an unpaid enrolment lapsed after its due date, and offers to enrol again', async () => {
    const client = await renewingClient();
    const el = await enrolledInPaidPlan(client);
    const restore = await moveClocks(client, 15);
    try {
      $<HTMLButtonElement>(el, 'button[part~="my-enrolments"]')!.click();
      const lapsed = await waitFor(el, '[part~="lapsed"]');
      expect(textOf(lapsed)).to.match(/^本次参保未在 \d{4}年\d+月\d+日 前缴费，已经失效，没有保障。如仍需要保障，可以重新参保。/);
      expect(textOf($(el, '[part~="enrolment"] [part~="status"]'))).to.equal('逾期未缴费，已失效');
      expect($(el, 'button[part~="pay"]')).to.not.exist;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button[part~="enrol-again"]')!.click();
      await waitFor(() => headingOf(el) === '职工互助保障');
    } finally {
      restore();
    }
  });
});
