// The rider's remaining flows, driven through the demo page in Chromium (puppeteer) as a rider does
// them — the widgets' own screens, by keyboard where a keyboard can, at 320 px: registering a child for
// a family event (in English); applying for the certificate subsidy (取证补贴) with the certificate's
// photo and reading out the reference; a micro-wish (微心愿) answered through the sandbox's social
// worker; an in-person legal consultation booked inside the union's hosted frame (its SMS step
// included) and answered by the social worker. After each, nothing of it — id, type, words or
// existence — reached the platform's page, its back end's webhooks or its status lookup; axe and the
// page's CSP find nothing in any state reached. Each test has its own browser context, so its own rider.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { axeViolations } from './support/axe.js';
import { assertNothingReachedPlatform, demoHooks, fits, openDemo, partnerOf, riderOf, sandboxButton, tabTo, WAIT_MS, withNames } from './support/demo.js';
import { clean, jpegFile, typeDate } from './support/form.js';
import { shadowText } from './support/join-flow.js';
import { becomeMember } from './support/member.js';
import { waitReady } from './support/page.js';

const demo = demoHooks();

const PHONE = { width: 320, height: 720 };

/** Waits until `tag`'s shadow root (in the page, or in a frame) has an element matching `selector`. */
const shadowHas = (target: Page | Frame, tag: string, selector: string) =>
  target.waitForFunction((t, s) => Boolean(document.querySelector(t)?.shadowRoot?.querySelector(s)), { timeout: WAIT_MS }, tag, selector);

/**
 * With the focus on a `<select>` (or a radio of a group) inside `tag`, ArrowDown until it holds
 * `value` (a keyboard choice). `frame`: the widget is in that frame.
 */
async function chooseByKeyboard(page: Page, tag: string, selector: string, value: string, frame?: Frame): Promise<void> {
  const current = () => (frame ?? page).$eval(tag, (el, s) => el.shadowRoot!.querySelector<HTMLInputElement>(s)!.value, selector);
  for (let i = 0; i < 12 && (await current()) !== value; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await current(), value, `${selector} chosen by keyboard`);
}

test('a rider registers a child for a family event, in English, at 320 px, by keyboard: the places count people', async () => {
  const page = await openDemo(demo.browser, demo.app, PHONE);
  const { client } = await riderOf(demo.app, page);
  const ev = await (await client()).events.retrieve('evt_family');
  assert.ok((ev.maxCompanions ?? 0) >= 1 && ev.childAgeRange, 'the seed’s family event takes children');
  const eventYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(ev.startsAt)));
  const age = Math.min(ev.childAgeRange!.max, ev.childAgeRange!.min + 3);
  const birthYear = String(eventYear - age);

  await page.click('#tab-union');
  // The demo's language switch: the widgets follow the provider's locale.
  await page.click('label:has(input[name="locale"][value="en"])');
  await page.click('#sub-events');
  await waitReady(page, 'union-event-signup', 1, WAIT_MS);
  await page.waitForFunction(() => /places? left/.test(document.querySelector('union-event-signup')!.shadowRoot!.textContent ?? ''), { timeout: WAIT_MS });

  await tabTo(page, '#category');
  await chooseByKeyboard(page, 'union-event-signup', '#category', 'family');
  await shadowHas(page, 'union-event-signup', '[data-event="evt_family"] button[part~="details"]');
  await tabTo(page, '[data-event="evt_family"] button[part~="details"]');
  await page.keyboard.press('Enter');
  await shadowHas(page, 'union-event-signup', '[part~="detail"] button[part~="register"]');
  assert.match(await shadowText(page, 'union-event-signup'), new RegExp(`${ev.placesLeft} places left`));
  await clean(page, 'the family event’s detail');

  // Sign up: the companions step comes first, and nothing is sent yet.
  await tabTo(page, 'button[part~="register"]');
  await page.keyboard.press('Enter');
  await shadowHas(page, 'union-event-signup', '[part~="companions"]');
  assert.match(await shadowText(page, 'union-event-signup'), /Who is coming with you/);
  await tabTo(page, 'button[part~="add-companion"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('union-event-signup')!.shadowRoot!.activeElement?.id === 'companion-0-relation', { timeout: WAIT_MS });
  await chooseByKeyboard(page, 'union-event-signup', '#companion-0-relation', 'child');
  await tabTo(page, '#companion-0-birth-year');
  await page.keyboard.type(birthYear);
  await page.waitForFunction(
    () => /2 people, you included/.test(document.querySelector('union-event-signup')!.shadowRoot!.querySelector('[part~="party-size"]')?.textContent ?? ''),
    { timeout: WAIT_MS },
  );
  assert.match(await shadowText(page, 'union-event-signup'), new RegExp(`${ev.placesLeft} places left: enough for your party of 2`));
  assert.deepEqual((await (await client()).events.listRegistrations()).data, [], 'nothing sent before the rider confirms');
  await fits(page, 'union-event-signup');
  await clean(page, 'the companions step with a child');

  await tabTo(page, 'button[part~="confirm-sign-up"]');
  await page.keyboard.press('Enter');
  await shadowHas(page, 'union-event-signup', '[part~="result"][data-status="confirmed"] [part~="people"]');
  assert.match(await shadowText(page, 'union-event-signup'), /2 people/);
  // The seats counted are people: the rider and the child.
  const [registration] = (await (await client()).events.listRegistrations()).data;
  assert.ok(registration);
  assert.equal(registration.eventId, 'evt_family');
  assert.equal(registration.status, 'confirmed');
  assert.equal(registration.people, 2);
  assert.deepEqual(registration.companions, [{ relation: 'child', birthYear: Number(birthYear) }]);
  assert.equal((await (await client()).events.retrieve('evt_family')).placesLeft, ev.placesLeft - 2);
  await page.waitForFunction(
    (n) => new RegExp(`${n} places left`).test(document.querySelector('union-event-signup')!.shadowRoot!.textContent ?? ''),
    { timeout: WAIT_MS },
    ev.placesLeft - 2,
  );
  await fits(page, 'union-event-signup');
  await clean(page, 'the confirmed registration');
  await assertNothingReachedPlatform(demo.app, page, [registration.id, 'companions', 'birthYear'], { shared: false });
  await page.browserContext().close();
});

const HELP = 'union-help-desk';

/** Today in Shanghai (the sandbox's clock is the real one here): `2026-12-02`. */
const shanghaiToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * A photo of a certificate as a file on disk, made by the page's own canvas (a real JPEG the widget
 * can decode and compress on the device). Answers its path and a way to remove it.
 */
async function certificatePhoto(page: Page): Promise<{ path: string; remove: () => Promise<void> }> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 220;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#f4ead5';
    g.fillRect(0, 0, 320, 220);
    g.fillStyle = '#8a1c1c';
    g.fillRect(20, 20, 280, 24);
    g.fillStyle = '#333';
    for (let y = 70; y < 200; y += 22) g.fillRect(30, y, 200 + (y % 40), 8);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
  });
  return jpegFile(base64, 'certificate.jpg');
}

/** Opens 工会服务 → 我要求助 and waits for the help desk; the rider is a member who shares their status. */
async function helpDeskOfMember(page: Page) {
  const rider = await riderOf(demo.app, page);
  await becomeMember(await rider.client(), partnerOf(demo.app), { share: true });
  await page.click('#tab-union');
  await page.click('#sub-help');
  await waitReady(page, HELP, 1, WAIT_MS);
  return rider;
}

/** From the help desk's first view, the keyboard opens a request type's form. */
async function openType(page: Page, type: string, firstField: string): Promise<void> {
  await tabTo(page, `button[data-type="${type}"]`);
  await page.keyboard.press('Enter');
  await shadowHas(page, HELP, firstField);
}

/**
 * Ticks the separate consent and sends, by keyboard; answers the spoken reference the sent view shows.
 * `frame`: the form is in the union's hosted frame.
 */
async function consentAndSend(page: Page, frame?: Frame): Promise<string> {
  const target = frame ?? page;
  await tabTo(page, '#help-consent', { frame });
  await page.keyboard.press('Space');
  await target.waitForFunction((t) => document.querySelector(t)!.shadowRoot!.querySelector<HTMLInputElement>('#help-consent')!.checked, { timeout: WAIT_MS }, HELP);
  await tabTo(page, 'button[part~="send"]', { frame });
  await page.keyboard.press('Enter');
  await shadowHas(target, HELP, '[data-reference]');
  const reference = await target.$eval(HELP, (el) => el.shadowRoot!.querySelector('[data-reference]')!.textContent!.trim());
  assert.match(reference, /^QZ-[0-9A-Z]{4}-[0-9A-Z]{2}$/, 'a reference to read out on the phone');
  // Spelled out to read aloud, one character at a time.
  const text = await target.$eval(HELP, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  assert.ok(text.includes([...reference].join(' ')));
  return reference;
}

test('a member applies for the certificate subsidy in 我要求助 with the certificate’s photo, and reads out the reference', async () => {
  const page = await openDemo(demo.browser, demo.app, PHONE);
  const photo = await certificatePhoto(page);
  try {
    const { client, workerRef } = await helpDeskOfMember(page);
    const number = `WY${workerRef.slice(-8).toUpperCase()}`;
    const today = shanghaiToday();
    await openType(page, 'skill_subsidy', '#help-certName');
    await tabTo(page, '#help-certName');
    await page.keyboard.type('网约配送员');
    await tabTo(page, '#help-certLevel');
    await chooseByKeyboard(page, HELP, '#help-certLevel', 'level_4');
    await shadowHas(page, HELP, '[part~="subsidy"]');
    await tabTo(page, '#help-certNumber');
    await page.keyboard.type(number);
    await tabTo(page, '#help-certIssuedOn');
    await typeDate(page, HELP, '#help-certIssuedOn', today);

    // The certificate's photo through the widget's file input (the picker a rider taps).
    const input = (await page.$(`${HELP} >>> #help-evidence-files`)) as ElementHandle<HTMLInputElement> | null;
    assert.ok(input, 'the form offers to pick the certificate’s scan');
    await input.uploadFile(photo.path);
    await shadowHas(page, HELP, '[part~="upload-item"][data-state="done"]');
    await fits(page, HELP);
    await clean(page, 'the subsidy form, filled in');

    const reference = await consentAndSend(page);
    assert.match(await shadowText(page, HELP), /¥/, 'the sent view says the subsidy’s amount');
    await fits(page, HELP);
    await clean(page, 'the subsidy sent');

    const [request] = (await (await client()).helpRequests.list()).data;
    assert.ok(request);
    assert.equal(request.type, 'skill_subsidy');
    assert.equal(request.reference, reference);
    assert.equal(request.certificate?.number, number);
    assert.equal(request.certificate?.level, 'level_4');
    assert.equal(request.certificate?.issuedOn, today);
    assert.equal(request.evidenceFileIds?.length, 1, 'the photo went with it');
    await assertNothingReachedPlatform(demo.app, page, [request.id, reference, request.evidenceFileIds![0]!, number, '网约配送员', 'skill_subsidy', 'certificate', 'help_'], {
      shared: true,
    });
  } finally {
    await photo.remove();
    await page.browserContext().close();
  }
});

test('a member submits a micro-wish in 我要求助; the sandbox’s social worker adopts it and the rider reads the message in 我的求助', async () => {
  const page = await openDemo(demo.browser, demo.app, PHONE);
  const { client } = await helpDeskOfMember(page);
  const wish = '想要一个新的骑行头盔，旧的已经开裂了。';
  await openType(page, 'micro_wish', '#help-category');
  await tabTo(page, '#help-category');
  await chooseByKeyboard(page, HELP, '#help-category', 'daily_necessities');
  await tabTo(page, '#help-wish');
  await page.keyboard.type(wish);
  await tabTo(page, '#help-valueYuan');
  await page.keyboard.type('200');
  await fits(page, HELP);
  await clean(page, 'the micro-wish form, filled in');
  const reference = await consentAndSend(page);
  await clean(page, 'the micro-wish sent');

  // The union's side: the sandbox's social worker takes the wish up (the page sends no id).
  assert.match(await sandboxButton(page, 'reply-help', 'help-result'), /社工已回复/);
  await waitReady(page, HELP, 2, WAIT_MS);
  await tabTo(page, 'button[part~="mine"]');
  await page.keyboard.press('Enter');
  await shadowHas(page, HELP, '[part~="requests"] [part~="item"] button');
  const [request] = (await (await client()).helpRequests.list()).data;
  assert.ok(request);
  assert.equal(request.status, 'adopted');
  assert.equal(request.reference, reference);
  assert.match(await shadowText(page, HELP), new RegExp(`${reference}`));
  assert.match(await shadowText(page, HELP), /已认领/);
  await clean(page, 'my requests');

  await tabTo(page, `[data-request-id="${request.id}"] button`);
  await page.keyboard.press('Enter');
  await shadowHas(page, HELP, '[part~="messages"] [data-from="social_worker"]');
  assert.match(await shadowText(page, HELP), /您的微心愿已被认领/);
  await fits(page, HELP);
  await clean(page, 'the micro-wish with the social worker’s message');
  await assertNothingReachedPlatform(demo.app, page, [request.id, reference, 'micro_wish', '头盔', '微心愿', 'hmsg_', 'help_'], { shared: true });
  await page.browserContext().close();
});

/** The rider's position in the demo (app.js: 徐汇, near 漕河泾). */
const RIDER_POSITION = { latitude: 31.188, longitude: 121.437 };

/**
 * Gives the frame `__deepText()`: its text, open shadow roots included, whitespace folded (the
 * frame's own function, so that a wait can poll it).
 */
const withDeepText = async (frame: Frame) => {
  await withNames(frame);
  await frame.evaluate(() => {
    const walk = (node: Node, parts: string[]): string[] => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot, parts);
      for (const child of node.childNodes) walk(child, parts);
      return parts;
    };
    (globalThis as unknown as { __deepText: () => string }).__deepText = () => walk(document.body, []).join(' ').replace(/\s+/g, ' ');
  });
};

/** The frame's text, open shadow roots included. */
async function deepText(frame: Frame): Promise<string> {
  await withDeepText(frame);
  return frame.evaluate(() => (globalThis as unknown as { __deepText: () => string }).__deepText());
}

/** Waits until the frame's text (shadow roots included) matches `pattern`. */
async function frameSays(frame: Frame, pattern: RegExp): Promise<void> {
  await withDeepText(frame);
  await frame.waitForFunction((source) => new RegExp(source).test((globalThis as unknown as { __deepText: () => string }).__deepText()), { timeout: WAIT_MS }, pattern.source);
}

/**
 * The union's hosted frame the help desk opened (`view=mine` or a type's form), once its SMS step
 * is there; the rider proves their mobile with the sandbox's code by keyboard. Answers the frame,
 * with the help desk in it.
 */
async function unionFrame(page: Page, which: (url: URL) => boolean): Promise<Frame> {
  const frame = await page.waitForFrame((f) => f.url().includes('/hosted/hosted.html') && which(new URL(f.url())), { timeout: WAIT_MS });
  await withNames(frame);
  await frame.waitForFunction(() => {
    const find = (root: Document | ShadowRoot): boolean =>
      Boolean(root.querySelector('input[autocomplete="tel-national"]')) || [...root.querySelectorAll('*')].some((el) => el.shadowRoot && find(el.shadowRoot));
    return find(document);
  }, { timeout: WAIT_MS });
  assert.deepEqual(await axeViolations(frame), [], 'axe: the union’s SMS step');
  await tabTo(page, 'input[autocomplete="tel-national"]', { frame });
  await page.keyboard.type('13800138000');
  await tabTo(page, 'button', { frame, text: /发送验证码|获取验证码/ });
  await page.keyboard.press('Enter');
  await frameSays(frame, /已发送/);
  await tabTo(page, 'input[autocomplete="one-time-code"]', { frame });
  await page.keyboard.type('000000');
  await page.keyboard.press('Enter');
  await frame.waitForFunction((t) => Boolean(document.querySelector(t)?.shadowRoot?.querySelector('[data-step-heading]')), { timeout: WAIT_MS }, HELP);
  return frame;
}

/** The first weekday after `iso` (slots are on weekdays only). */
function nextWeekday(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
  return d.toISOString().slice(0, 10);
}

test('a member books a legal consultation in person at the nearest legal-aid station inside the union’s hosted frame; the social worker’s message shows there', async () => {
  const page = await openDemo(demo.browser, demo.app, PHONE);
  // The rider lets the app know where they are, as a phone would ask; the page delegates it to the
  // union's frame (Chromium keys a frame's permission by the page it is in).
  await page.browserContext().overridePermissions(new URL(demo.app.url).origin, ['geolocation']);
  await page.setGeolocation(RIDER_POSITION);
  const { client } = await helpDeskOfMember(page);
  const near = { lat: RIDER_POSITION.latitude, lng: RIDER_POSITION.longitude };
  const [nearest] = (await (await client()).servicePoints.list({ types: ['legal_aid'], near, limit: 1 })).data;
  assert.ok(nearest, 'the seed has a legal-aid station near the rider');

  await tabTo(page, 'button[data-type="legal_consultation"]');
  await page.keyboard.press('Enter');
  const frame = await unionFrame(page, (url) => url.searchParams.get('type') === 'legal_consultation');
  await shadowHas(frame, HELP, '#help-topic');
  await clean(page, 'the union’s frame in the page');

  await tabTo(page, '#help-topic', { frame });
  await chooseByKeyboard(page, HELP, '#help-topic', 'account_deactivation', frame);
  await tabTo(page, '#help-counterparty', { frame });
  await chooseByKeyboard(page, HELP, '#help-counterparty', 'platform', frame);
  await tabTo(page, '#help-description', { frame });
  await page.keyboard.type('平台突然封号，申诉一直没有回音，想当面咨询。');
  await tabTo(page, '#help-contact-phone_call', { frame });
  await page.keyboard.press('ArrowDown');
  await shadowHas(frame, HELP, '[part~="booking"] button[part~="locate"]');

  // Nearest first: the rider's position, rounded, then the legal-aid station nearest to it.
  await tabTo(page, 'button[part~="locate"]', { frame });
  await page.keyboard.press('Enter');
  await shadowHas(frame, HELP, `[part~="booking"] [data-point-id="${nearest.id}"]`);
  await tabTo(page, 'input[name="help-point"]:checked', { frame });
  const checkedPoint = () => frame.$eval(HELP, (el) => el.shadowRoot!.querySelector('input[name="help-point"]:checked')!.closest('[data-point-id]')!.getAttribute('data-point-id'));
  for (let i = 0; i < 6 && (await checkedPoint()) !== nearest.id; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await checkedPoint(), nearest.id, 'the nearest legal-aid station chosen by keyboard');

  // The first free slot from today on (weekdays only; today's may have passed).
  let day = shanghaiToday();
  for (let tries = 0; ; tries++) {
    await frame.waitForFunction((t) => !document.querySelector(t)!.shadowRoot!.querySelector('[part~="booking"] [aria-busy="true"]') && document.querySelector(t)!.shadowRoot!.querySelector('[part~="booking"] h4'), { timeout: WAIT_MS }, HELP);
    const free = await frame.$eval(HELP, (el) => el.shadowRoot!.querySelectorAll('button[part~="slot"]:not([disabled])').length);
    if (free > 0) break;
    assert.ok(tries < 5, 'a free slot within a week');
    day = nextWeekday(day);
    await tabTo(page, '#help-date', { frame });
    await typeDate(page, HELP, '#help-date', day, frame);
  }
  await clean(page, 'the booking in the frame');
  assert.deepEqual(await axeViolations(frame), [], 'axe: the booking');
  await tabTo(page, 'button[part~="slot"]:not([disabled])', { frame });
  await page.keyboard.press('Enter');
  await shadowHas(frame, HELP, '[data-booked]');
  const [appointment] = (await (await client()).appointments.list()).data;
  assert.ok(appointment, 'one appointment booked');
  assert.equal(appointment.servicePointId, nearest.id);
  assert.equal(appointment.status, 'booked');

  const reference = await consentAndSend(page, frame);
  assert.deepEqual(await axeViolations(frame), [], 'axe: the consultation sent');

  // The union's side: the sandbox's social worker answers the latest request (the page sends no id).
  assert.match(await sandboxButton(page, 'reply-help', 'help-result'), /社工已回复/);
  await waitReady(page, HELP, 2, WAIT_MS);
  // 我的求助 on the platform's page lists no confidential request: it opens the union's page for them.
  await tabTo(page, 'button[part~="mine"]');
  await page.keyboard.press('Enter');
  await shadowHas(page, HELP, '[part~="requests"]');
  assert.doesNotMatch(await shadowText(page, HELP), new RegExp(reference), 'the platform’s page lists no confidential request');
  await tabTo(page, 'button', { text: /工会页面|union’s page/ });
  await page.keyboard.press('Enter');
  const mine = await unionFrame(page, (url) => url.searchParams.get('view') === 'mine');
  await shadowHas(mine, HELP, '[part~="requests"] [part~="item"] button');
  const requestId = await mine.$eval(HELP, (el) => el.shadowRoot!.querySelector('[part~="item"]')!.getAttribute('data-request-id')!);
  assert.match(await deepText(mine), new RegExp(reference));
  await tabTo(page, '[part~="item"] button', { frame: mine });
  await page.keyboard.press('Enter');
  await shadowHas(mine, HELP, '[part~="messages"] [data-from="social_worker"]');
  assert.match(await deepText(mine), /已收到您的求助/);
  assert.deepEqual(await axeViolations(mine), [], 'axe: the social worker’s message');
  await clean(page, 'the confidential requests in the frame');

  await assertNothingReachedPlatform(
    demo.app,
    page,
    [requestId, reference, appointment.id, nearest.id, 'legal_consultation', 'account_deactivation', '封号', 'help_', 'appt_'],
    { shared: true },
  );
  await page.browserContext().close();
});
