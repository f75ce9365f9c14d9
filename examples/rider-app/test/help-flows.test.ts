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
import type { Page } from 'puppeteer-core';
import { axeViolations } from './support/axe.js';
import { assertNothingReachedPlatform, demoHooks, fits, openDemo, riderOf, tabTo, WAIT_MS } from './support/demo.js';
import { shadowText } from './support/join-flow.js';
import { violations, waitReady } from './support/page.js';

const demo = demoHooks();

const PHONE = { width: 320, height: 720 };

/** axe and the page's CSP find nothing in the state the page is in. */
async function clean(page: Page, what: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${what}`);
  assert.deepEqual(await violations(page), [], `CSP: ${what}`);
}

/** Waits until `tag`'s shadow root has an element matching `selector`. */
const shadowHas = (page: Page, tag: string, selector: string) =>
  page.waitForFunction((t, s) => Boolean(document.querySelector(t)?.shadowRoot?.querySelector(s)), { timeout: WAIT_MS }, tag, selector);

/** With the focus on a `<select>` inside `tag`, ArrowDown until it holds `value` (a keyboard choice). */
async function chooseByKeyboard(page: Page, tag: string, selector: string, value: string): Promise<void> {
  const current = () => page.$eval(tag, (el, s) => el.shadowRoot!.querySelector<HTMLSelectElement>(s)!.value, selector);
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
