/**
 * Paying the premium: an enrolment awaiting payment shows the amount and the due date and 去缴费, which
 * sends the cancelable `union-payment-required { enrolmentId, amountFen }` and nothing else; a host that
 * cancels it gets "waiting for the platform" until the payment is confirmed and the cover shows; a host
 * that does not gets the union counter's instructions; an unpaid enrolment past its due date says it
 * lapsed, with a way to enrol again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, ASCII_PUNCTUATION_IN_CHINESE, active, headingOf, textOf, waitFor } from '../internal/testing/dom.js';
import { card, moveClocks, renewingClient, session, startEnrol, TAG } from '../internal/testing/insurance-enrol.js';
import { makeMember } from '../internal/testing/member.js';
import { createTestClient } from '../internal/testing/session.js';
import type { UnionClient } from '@unionkit/sdk';
import type { UnionElement } from '../internal/base.js';

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
