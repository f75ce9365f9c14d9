/**
 * Booking a slot from a service point's detail in <union-service-map> (a session for the map alone):
 * by keyboard at a health-check point, a slot taken meanwhile, a lost answer retried, a point that
 * takes no appointments, English, and the host told nothing of it.
 */
import { expect } from '@open-wc/testing';
import { SLOT_PLACES } from '@unionkit/contract';
import { ServicePoints, type UnionClient } from '@unionkit/sdk';
import type { Appointment, ServicePoint, ServicePointType, Slot } from '@unionkit/sdk/types';
import { sendKeys } from '@web/test-runner-commands';
import '../define/service-map.js';
import { use } from '../internal/api.js';
import { eventsSettled } from '../internal/base.js';
import { assertNoHorizontalOverflow, assertTouchTargets, mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, $$, active, isButton, tabTo, text, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { watchSentinels } from '../internal/testing/sentinels.js';
import { session, XUHUI } from '../internal/testing/service-map.js';
import { createTestClient, losesFirstAnswer } from '../internal/testing/session.js';
import type { UnionServiceMap } from './service-map.js';

const TAG = 'union-service-map';
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

async function mount(client: UnionClient, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<UnionServiceMap> {
  const el = (await mountWidget(TAG, client, (w) => {
    (w as UnionServiceMap).position = XUHUI;
    w.locale = locale;
  })) as UnionServiceMap;
  await settled(el);
  return el;
}

/** The nearest operating point of `type`. */
async function nearest(client: UnionClient, type: ServicePointType): Promise<ServicePoint> {
  const page = await use(client, ServicePoints).list({ near: XUHUI, types: type, limit: 10 });
  const point = page.data.find((p) => p.status === 'operating');
  expect(point, `an operating ${type}`).to.exist;
  return point!;
}

/** The Shanghai date `days` from today. */
const dayFromToday = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** Days (from tomorrow on) with a free slot at `point`, with their slots, as the API lists them. */
async function freeDays(client: UnionClient, point: ServicePoint, want: number): Promise<Array<{ date: string; slots: Slot[] }>> {
  const days: Array<{ date: string; slots: Slot[] }> = [];
  for (let d = 1; d <= 14 && days.length < want; d++) {
    const date = dayFromToday(d);
    const slots = await use(client, ServicePoints).slots(point.id, { date });
    if (slots.some((s) => s.available)) days.push({ date, slots });
  }
  expect(days.length, 'free days within two weeks').to.equal(want);
  return days;
}

/** Presses 预约时段 in the detail and waits for the slot picker. */
async function openBooking(el: UnionServiceMap, label = '预约时段'): Promise<void> {
  const button = await waitFor(() => $$<HTMLButtonElement>(el, '[part~="book"]').find(isButton(label)));
  button.click();
  await waitFor(el, '#sp-book-date');
}

/** Chooses a day in the picker and waits for its slots. */
async function chooseDay(el: UnionServiceMap, date: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#sp-book-date')!;
  input.value = date;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  await waitUntil(() => $(el, '[part~="slots"]'), 'the slots did not load');
  await el.updateComplete;
}

const slotButtons = (el: Element) => $$<HTMLButtonElement>(el, '[part~="slots"] button');

/** Books `startsAt` at `point` for `SLOT_PLACES` other workers: the slot is full. */
async function fillSlot(point: ServicePoint, startsAt: string): Promise<void> {
  for (let i = 0; i < SLOT_PLACES; i++) {
    const other = await createTestClient({ session: session(), locale: 'zh-CN' });
    await other.appointments.create({ servicePointId: point.id, startsAt });
  }
}

describe('union-service-map booking', function () {
  this.timeout(40000);

  it('books a slot at a health-check point from its detail, by keyboard, and tells the platform nothing', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const point = await nearest(client, 'health_check');
    const [day] = await freeDays(client, point, 1);
    const el = await mount(client);
    const watch = watchSentinels();
    let appointment: Appointment | undefined;
    try {
      expect(await el.openPoint(point.id)).to.equal(true);
      await tabTo(el, isButton('预约时段'), '预约时段');
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '#sp-book-date');
      await waitUntil(() => active(el) === $(el, '[data-booking-heading]'), 'focus did not move to the booking');
      await chooseDay(el, day!.date);
      expect(text(el, 'booking')).to.contain(`${point.name} `);
      assertNoHorizontalOverflow(el);
      assertTouchTargets(el);
      await expect(el).to.be.accessible();

      const index = day!.slots.findIndex((s) => s.available);
      const slot = await tabTo(el, (a) => a === slotButtons(el)[index], 'the first free slot');
      expect((slot as HTMLButtonElement).disabled).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await waitFor(el, '[data-booked]');
      await waitUntil(() => active(el) === $(el, '[data-booked-heading]'), 'focus did not move to the booked state');
      expect(textOf($(el, '[role="status"]'))).to.contain(`已预约：${point.name}`);
      const booked = text(el, 'booking');
      expect(booked).to.contain('预约成功');
      expect(booked).to.contain(point.address);
      expect(booked).to.contain('前可在这里取消预约');
      appointment = (await client.appointments.list()).data[0];
      expect(appointment).to.include({ servicePointId: point.id, status: 'booked', startsAt: day!.slots[index]!.startsAt });
      await expect(el).to.be.accessible();
      await eventsSettled(el);
      watch.assertClean(el);
      // union-view-changed says only whether back() can step back (the detail is open), nothing of the booking
      expect(watch.events.map((e) => e.type).filter((t) => t !== 'union-view-changed'), 'no event about the booking').to.deep.equal([]);
    } finally {
      watch.restore();
    }

    // Back in the detail later, the booking shows again, and can be cancelled there.
    $<HTMLButtonElement>(el, '[part~="cancel"]')!.click();
    await waitUntil(() => !$(el, '[data-booked]') && $(el, '#sp-book-date'), 'the booking was not cancelled');
    expect((await client.appointments.list()).data[0]).to.include({ id: appointment!.id, status: 'cancelled' });
  });

  it('a slot taken meanwhile: says so, keeps the chosen day and shows its slots again', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const point = await nearest(client, 'mediation_room');
    const [, later] = await freeDays(client, point, 2);
    const el = await mount(client);
    await el.openPoint(point.id);
    await openBooking(el);
    await chooseDay(el, later!.date);
    const index = later!.slots.findIndex((s) => s.available);
    await fillSlot(point, later!.slots[index]!.startsAt);
    slotButtons(el)[index]!.click();
    await waitUntil(() => $(el, '[part~="booking-error"]'), 'no error shown');
    await waitUntil(() => slotButtons(el)[index]?.disabled, 'the slots were not shown again');
    expect(text(el, 'booking-error')).to.contain('这个时段已约满或已过');
    expect($<HTMLInputElement>(el, '#sp-book-date')!.value, 'the day kept').to.equal(later!.date);
    expect(textOf(slotButtons(el)[index])).to.contain('已约满');
    expect($(el, '[data-booked]')).to.equal(null);
    expect((await client.appointments.list()).data).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a lost answer: 重试 books once, with the same idempotency key', async () => {
    const lost = losesFirstAnswer(/\/v1\/appointments$/);
    const client = await createTestClient({ session: session(), locale: 'zh-CN', fetch: lost.fetch });
    const point = await nearest(client, 'legal_aid');
    const [day] = await freeDays(client, point, 1);
    const el = await mount(client);
    await el.openPoint(point.id);
    await openBooking(el);
    await chooseDay(el, day!.date);
    slotButtons(el)[day!.slots.findIndex((s) => s.available)]!.click();
    const retry = await waitFor(() => $$<HTMLButtonElement>(el, '[part~="booking-error"] button').find(isButton('重试')));
    expect(text(el, 'booking-error')).to.contain('网络');
    retry.click();
    await waitFor(el, '[data-booked]');
    expect(lost.keys).to.have.length(2);
    expect(lost.keys[1]).to.equal(lost.keys[0]);
    expect((await client.appointments.list()).data).to.have.length(1);
  });

  it('only a point that takes appointments offers 预约时段', async () => {
    const client = await createTestClient({ session: session(), locale: 'zh-CN' });
    const el = await mount(client);
    for (const type of ['legal_aid', 'canteen', 'rest_station', 'mediation_room'] as const) {
      await el.openPoint((await nearest(client, type)).id);
      await waitFor(el, '[part~="hours"]');
      const takes = type === 'legal_aid' || type === 'mediation_room';
      expect(!!$(el, '[part~="booking"]'), type).to.equal(takes);
      expect($$(el, 'button').some(isButton('预约时段')), type).to.equal(takes);
      $$<HTMLButtonElement>(el, 'button').find(isButton('返回列表'))?.click();
      await waitUntil(() => el.view === 'list');
    }
  });

  it('speaks English in the booking, with no Chinese left in it', async () => {
    const client = await createTestClient({ session: { ...session(), locale: 'en' }, locale: 'en' });
    const point = await nearest(client, 'health_check');
    const [day] = await freeDays(client, point, 1);
    const el = await mount(client, 'en');
    await el.openPoint(point.id);
    await openBooking(el, 'Book a time');
    await chooseDay(el, day!.date);
    const picker = text(el, 'booking');
    expect(picker).to.contain('Times at');
    expect(picker).to.match(/Book \d/);
    expect(picker, 'no Chinese in the picker').to.not.match(CJK);
    await expect(el).to.be.accessible();
    slotButtons(el)[day!.slots.findIndex((s) => s.available)]!.click();
    await waitFor(el, '[data-booked]');
    const booked = text(el, 'booking');
    expect(booked).to.contain('Booked');
    expect(booked).to.contain('cancel');
    expect(booked, 'no Chinese in the booked state').to.not.match(CJK);
    await expect(el).to.be.accessible();
  });
});
