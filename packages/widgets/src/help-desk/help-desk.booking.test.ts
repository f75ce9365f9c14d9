/**
 * The help desk's booking of an in-person legal matter (in the union's hosted page, on its union token):
 * changing a booked time at the same station cancels the first booking, so the new one is not refused
 * as a second booking there.
 */
import { expect } from '@open-wc/testing';
import { $, $$, active, choose, setInput, text, waitFor, waitUntil } from '../internal/testing/dom.js';
import { helpClients, mount, openForm } from '../internal/testing/help-desk.js';
import type { UnionHelpDesk } from './help-desk.js';

const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737 };

/** Chooses the day `days` from today; resolves with the free slot buttons (none on a weekend). */
async function dayIn(el: UnionHelpDesk, days: number): Promise<HTMLButtonElement[]> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
  setInput(el, '#help-date', date);
  $<HTMLInputElement>(el, '#help-date')!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  await waitUntil(() => $(el, '[part~="slots"]') || text(el, 'booking').includes('没有可预约的时段'), 'slots did not load');
  return $$<HTMLButtonElement>(el, '[part~="slots"] button').filter((b) => !b.disabled);
}

describe('union-help-desk booking', function () {
  this.timeout(40000);

  it('换个时段 cancels the booked time, so another time at the same station can be booked', async () => {
    const { union } = await helpClients();
    const el = await mount(union, (w: UnionHelpDesk) => {
      w.hosted = true;
      w.position = PEOPLES_SQUARE;
    });
    await openForm(el, 'legal_consultation');
    await choose(el, '#help-topic', 'wage_arrears');
    setInput(el, '#help-description', '站点拖欠配送费。');
    $<HTMLInputElement>(el, '#help-contact-in_person')!.click();
    await el.updateComplete;
    await waitFor(el, '#help-date');
    let free: HTMLButtonElement[] = [];
    for (let day = 1; day < 10 && free.length < 2; day++) free = await dayIn(el, day);
    expect(free.length, 'two free slots on one day').to.be.at.least(2);
    free[0]!.click();
    await waitFor(el, '[data-booked]');
    const [first] = (await union.appointments.list()).data;

    (await waitFor(() => $$<HTMLButtonElement>(el, '[data-booked] button').find((b) => b.textContent!.includes('换个时段')))).click();
    await waitFor(el, '#help-date');
    await waitUntil(() => active(el) !== null && active(el) === $(el, '[data-slots-heading]'), 'focus did not move to the slots');
    const again = await waitFor(() => {
      const buttons = $$<HTMLButtonElement>(el, '[part~="slots"] button').filter((b) => !b.disabled);
      return buttons.length >= 2 ? buttons : undefined;
    }, 'the day’s slots did not show again');
    again[1]!.click();
    await waitFor(el, '[data-booked]');
    expect(text(el, 'booking')).to.contain('已预约：');
    const mine = (await union.appointments.list()).data;
    expect(mine.find((a) => a.id === first!.id)?.status, 'the first time cancelled').to.equal('cancelled');
    expect(mine.filter((a) => a.status === 'booked')).to.have.length(1);
  });
});
