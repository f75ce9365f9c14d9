import { expect } from '@open-wc/testing';
import { assertNoHorizontalOverflow, assertTouchTargets } from '../internal/testing/common-suite.js';
import { $, $$, choose, setInput, text, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { helpClient, helpClients, mount, openForm, send } from '../internal/testing/help-desk.js';
import type { UnionHelpDesk } from './help-desk.js';

/** 人民广场, a position a host could pass (WGS-84). */
const PEOPLES_SQUARE = { lat: 31.2304, lng: 121.4737 };

describe('union-help-desk confidential types', function () {
  this.timeout(40000);

  for (const type of ['legal_consultation', 'legal_aid', 'mediation', 'complaint']) {
    it(`opens ${type} as the union’s hosted page in a frame, never as a form in the platform’s page`, async () => {
      const el = await mount(await helpClient());
      (await waitFor(el, `button[data-type="${type}"]`)).click();
      await waitUntil(() => el.view === 'form', 'did not open');
      const frame = (await waitFor(el, 'union-hosted-frame')) as HTMLElement;
      expect(frame.getAttribute('widget')).to.equal('help-desk');
      expect(frame.getAttribute('type')).to.equal(type);
      expect($(el, '[part~="help-form"]'), 'no form in the host page').to.equal(null);
      expect($$(el, 'textarea, input, select'), 'no field in the host page').to.have.length(0);
      expect(textOf(frame.shadowRoot?.querySelector('[part~="notice"]'))).to.contain('平台无法看到');
      await expect(el).to.be.accessible();
    });
  }

  it('renders the legal form in the union’s hosted page, and books the nearest open legal-aid station or mediation room', async () => {
    // The hosted page's widget runs on the union token it got for the SMS code: only that files it.
    const { client, union } = await helpClients();
    const nearest = (await client.servicePoints.list({ types: ['legal_aid', 'mediation_room'], near: PEOPLES_SQUARE, limit: 5 })).data.filter(
      (p) => p.status === 'operating',
    )[0]!;
    const el = await mount(union, (w: UnionHelpDesk) => {
      w.hosted = true;
      w.position = PEOPLES_SQUARE;
    });
    await openForm(el, 'legal_consultation');
    await choose(el, '#help-topic', 'wage_arrears');
    await choose(el, '#help-counterparty', 'agency');
    setInput(el, '#help-description', '站点拖欠了两个月的配送费，共 6,800 元。');
    $<HTMLInputElement>(el, '#help-contact-in_person')!.click();
    await el.updateComplete;
    const points = await waitFor(() => {
      const found = $$(el, '[part~="booking"] [data-point-id]');
      return found.length ? found : undefined;
    });
    expect(points[0]!.dataset['pointId'], 'the nearest first').to.equal(nearest.id);
    expect(textOf(points[0])).to.contain('最近');
    expect(points[0]!.querySelector('input')!.checked, 'chosen').to.equal(true);
    // A weekday with a free slot (the first weekday from today may be over by now: try the next ones).
    let slot: HTMLButtonElement | undefined;
    for (let day = 0; day < 10 && !slot; day++) {
      const date = new Date(Date.now() + day * 86_400_000);
      setInput(el, '#help-date', new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date));
      $<HTMLInputElement>(el, '#help-date')!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await waitUntil(() => $(el, '[part~="slots"]') || text(el, 'booking').includes('没有可预约的时段'), 'slots did not load');
      slot = $$<HTMLButtonElement>(el, '[part~="slots"] button').find((b) => !b.disabled);
    }
    expect(slot, 'a free slot within ten days').to.exist;
    assertNoHorizontalOverflow(el);
    assertTouchTargets(el);
    await expect(el).to.be.accessible();
    slot!.click();
    await waitFor(el, '[data-booked]');
    expect(text(el, 'booking')).to.contain(`已预约：${nearest.name}`);
    $<HTMLInputElement>(el, '#help-consent')!.click();
    await el.updateComplete;
    await send(el);
    await waitUntil(() => el.view === 'submitted', 'not sent');
    const [request] = (await union.helpRequests.list()).data;
    expect(request).to.include({ type: 'legal_consultation', contactPreference: 'in_person' });
    const [appointment] = (await union.appointments.list()).data;
    expect(request!.appointmentId).to.equal(appointment!.id);
    expect(appointment!.servicePointId).to.equal(nearest.id);
    expect((await client.helpRequests.list()).data, 'the platform’s client token sees none of it').to.deep.equal([]);
    assertNoHorizontalOverflow(el);
    await expect(el).to.be.accessible();
  });

  it('asks for a booking before an in-person legal matter is sent, by the booking', async () => {
    const el = await mount((await helpClients()).union, (w: UnionHelpDesk) => (w.hosted = true));
    await openForm(el, 'mediation');
    await choose(el, '#help-topic', 'account_deactivation');
    await choose(el, '#help-counterparty', 'platform');
    setInput(el, '#help-description', '账号被停止派单。');
    $<HTMLInputElement>(el, '#help-contact-in_person')!.click();
    $<HTMLInputElement>(el, '#help-consent')!.click();
    await el.updateComplete;
    await send(el);
    expect(el.view).to.equal('form');
    expect(textOf($(el, '#help-appointmentId-error'))).to.equal('当面咨询需要先预约时段');
    expect($<HTMLTextAreaElement>(el, '#help-description')!.value).to.equal('账号被停止派单。');
  });
});
