// A claim filed through the demo page as a rider on a weak network files it (puppeteer, Chromium): a
// member who paid for the inpatient plan from the wallet and whose cover has started (the sandbox
// clock) opens 申请互助金 in the page's own <union-insurance-enrol> at 320 px and fills it in by
// keyboard — the benefit and the date too — with a real photo picked through the widget's file input,
// while the network is throttled to a weak 3G through the DevTools protocol. The photo's upload shows
// its progress and completes, the claim is sent; then, on a normal network, the demo's sandbox button
// approves and pays it, and the rider sees it paid with its amount in 我的理赔. axe finds nothing at the
// form and at the paid claim, and nothing of the claim reached the platform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import type { ElementHandle, Page } from 'puppeteer-core';
import { assertNothingReachedPlatform, demoHooks, fits, focusIs, openDemo, partnerOf, riderOf, sandboxButton, tabTo, WAIT_MS } from './support/demo.js';
import { clean, jpegFile, typeDate } from './support/form.js';
import { shadowText } from './support/join-flow.js';
import { becomeMember } from './support/member.js';
import { waitReady } from './support/page.js';

const demo = demoHooks();

const TAG = 'union-insurance-enrol';
const PHONE = { width: 320, height: 720 };

/** A weak 3G: 400 ms latency, 50 KB/s down and up. */
const WEAK_3G = { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 };
/** No throttling. */
const NORMAL = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** Waits until the widget's shadow root has an element matching `selector`. */
const shadowHas = (page: Page, selector: string) =>
  page.waitForFunction((t, s) => Boolean(document.querySelector(t)?.shadowRoot?.querySelector(s)), { timeout: WAIT_MS }, TAG, selector);

/** The value of a control in the widget. */
const valueOf = (page: Page, selector: string) => page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector<HTMLInputElement>(s)!.value, selector);

/**
 * A phone's photo of a hospital bill as a file on disk (a real JPEG from the page's own canvas, large
 * enough that the widget scales it down and its upload takes seconds on a weak network). Answers its
 * path and a way to remove it.
 */
async function billPhoto(page: Page): Promise<{ path: string; remove: () => Promise<void> }> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#f7f3ea';
    g.fillRect(0, 0, 2400, 1800);
    // Lines of "print" with a paper grain, so the photo does not shrink to nothing when compressed.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let i = 0; i < 60_000; i++) {
      g.fillStyle = `rgba(${Math.floor(next() * 90)}, ${Math.floor(next() * 90)}, ${Math.floor(next() * 90)}, 0.35)`;
      g.fillRect(next() * 2400, next() * 1800, 2 + next() * 10, 2 + next() * 6);
    }
    g.fillStyle = '#222';
    for (let y = 160; y < 1700; y += 60) g.fillRect(160, y, 1200 + ((y * 37) % 800), 22);
    return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!;
  });
  return jpegFile(base64, '住院发票.jpg');
}

/**
 * Opens one of the widget's views (我的保障, 我的理赔) by keyboard: Tab to the selected tab, the arrow
 * keys to the one wanted, Enter.
 */
async function openView(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, '[part~="tab"][aria-selected="true"]');
  for (let i = 0; i < 6 && !(await focusIs(page, '[part~="tab"]', name)); i++) await page.keyboard.press('ArrowRight');
  assert.ok(await focusIs(page, '[part~="tab"]', name), `the ${name.source} tab reached by the arrow keys`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (t, source) => new RegExp(source).test(document.querySelector(t)!.shadowRoot!.querySelector('[part~="tab"][aria-selected="true"]')?.textContent ?? ''),
    { timeout: WAIT_MS },
    TAG,
    name.source,
  );
}

test('a member files a claim with a photo by keyboard at 320 px on a throttled network, and sees it approved and paid', async () => {
  const page = await openDemo(demo.browser, demo.app, PHONE);
  const photo = await billPhoto(page);
  const cdp = await page.createCDPSession();
  try {
    // A member in the paid inpatient plan, paid from the wallet through the page's sheet.
    const { client } = await riderOf(demo.app, page);
    let worker = await client();
    await becomeMember(worker, partnerOf(demo.app), { share: true });
    const enrolment = await worker.insurance.enrol({ planId: 'plan_inpatient_2026' });
    await page.click('#tab-union');
    await page.click('#sub-insurance');
    await waitReady(page, TAG, 1, WAIT_MS);
    await shadowHas(page, '[part~="tab"]');
    await openView(page, /我的保障/);
    await shadowHas(page, 'button[part~="pay"]');
    await tabTo(page, 'button[part~="pay"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#pay-sheet[open]', { timeout: WAIT_MS });
    await page.keyboard.press('Enter');
    await page.waitForSelector('#pay-sheet:not([open])', { timeout: WAIT_MS });
    await page.waitForFunction((t) => !document.querySelector(t)!.shadowRoot!.querySelector('[part~="payment"]'), { timeout: WAIT_MS }, TAG);

    // On to the day the cover starts (the demo's sandbox button); the widget is loaded again.
    assert.match(await sandboxButton(page, 'advance-clock', 'insurance-result'), /前进 \d+ 天/);
    worker = await client();
    const cover = await worker.insurance.retrieveEnrolment(enrolment.id);
    assert.equal(cover.status, 'active');
    await shadowHas(page, '[part~="tab"]');
    await openView(page, /我的保障/);
    await shadowHas(page, 'button[part~="claim"]');

    // A weak 3G from here on, the page loaded.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', WEAK_3G);

    await tabTo(page, 'button[part~="claim"]', { text: /申请互助金/ });
    await page.keyboard.press('Enter');
    await shadowHas(page, 'select#claim-benefit');
    await tabTo(page, '#claim-benefit');
    for (let i = 0; i < 6 && (await valueOf(page, '#claim-benefit')) !== 'inpatient'; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await valueOf(page, '#claim-benefit'), 'inpatient', 'the benefit chosen by keyboard');
    await tabTo(page, '#claim-incident-date');
    await typeDate(page, TAG, '#claim-incident-date', cover.coverageStart!);
    assert.equal(await page.$eval(TAG, (el) => el.shadowRoot!.querySelector('#claim-incident-date-error')?.textContent?.trim() ?? ''), '', 'the date is within cover');
    await shadowHas(page, '#claim-hospital-days');
    await tabTo(page, '#claim-hospital-days');
    await page.keyboard.type('3');
    await tabTo(page, '#claim-description');
    await page.keyboard.type('送餐途中在漕溪北路摔倒，住院三天。');

    // The bill's photo through the widget's file input (the picker a rider taps): its upload shows
    // how far it got, then completes.
    const input = (await page.$(`${TAG} >>> #claim-evidence-files`)) as ElementHandle<HTMLInputElement> | null;
    assert.ok(input, 'the form offers to pick the evidence');
    await input.uploadFile(photo.path);
    await page.waitForFunction(
      (t) => {
        const bar = document.querySelector(t)!.shadowRoot!.querySelector<HTMLProgressElement>('[part~="upload-item"][data-state="uploading"] progress');
        return Boolean(bar && bar.value > 0 && bar.value < 100 && /\d+%/.test(bar.getAttribute('aria-valuetext') ?? ''));
      },
      { timeout: WAIT_MS },
      TAG,
    );
    await shadowHas(page, '[part~="upload-item"][data-state="done"]');

    for (const id of ['#claim-consent-claim', '#claim-consent-health']) {
      await tabTo(page, id);
      await page.keyboard.press('Space');
      assert.equal(await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector<HTMLInputElement>(s)!.checked, id), true, `${id} ticked by keyboard`);
    }
    await fits(page, TAG);
    await clean(page, 'the claim form, filled in');
    await tabTo(page, 'button[part~="submit-claim"]');
    await page.keyboard.press('Enter');
    await shadowHas(page, '[part~="claim-detail"]');
    const [claim] = (await (await client()).insurance.claims.list()).data;
    assert.ok(claim, 'the claim was sent');
    assert.equal(claim.status, 'submitted');
    assert.equal(claim.benefit, 'inpatient');
    assert.equal(claim.incidentDate, cover.coverageStart);
    assert.equal(claim.evidenceFileIds.length, 1, 'the photo went with it');
    // Compressed on the device before it went over the weak network.
    const sent = await (await client()).files.retrieve(claim.evidenceFileIds[0]!);
    const picked = (await stat(photo.path)).size;
    assert.ok(sent.size < picked, `the photo sent (${sent.size} bytes) is smaller than the one picked (${picked} bytes)`);

    // A normal network again; the union approves and pays (the demo's sandbox button, no id sent).
    await cdp.send('Network.emulateNetworkConditions', NORMAL);
    assert.match(await sandboxButton(page, 'approve-claim', 'insurance-result'), /批准并支付/);
    const paid = await (await client()).insurance.claims.retrieve(claim.id);
    assert.equal(paid.status, 'paid');
    assert.ok(paid.approvedAmountFen, 'an amount was paid');

    await shadowHas(page, '[part~="tab"]');
    await openView(page, /我的理赔/);
    await shadowHas(page, `[data-claim="${claim.id}"] button[part~="open-claim"]`);
    await tabTo(page, `[data-claim="${claim.id}"] button[part~="open-claim"]`);
    await page.keyboard.press('Enter');
    await shadowHas(page, `[part~="claim-detail"][data-claim="${claim.id}"] [part~="approved-amount"]`);
    const detail = (selector: string) =>
      page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(`[part~="claim-detail"] ${s}`)?.textContent ?? '').trim(), selector);
    assert.equal(await detail('[part~="status"]'), '已发放');
    const yuan = paid.approvedAmountFen / 100;
    assert.equal(await detail('[part~="approved-amount"]'), `¥${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`);
    assert.match(await shadowText(page, TAG), /互助金发放到您的工会服务卡/);
    await fits(page, TAG);
    await clean(page, 'the paid claim');

    await assertNothingReachedPlatform(demo.app, page, [claim.id, claim.evidenceFileIds[0]!, '摔倒', '漕溪北路', '住院三天', 'claim'], { shared: true });
  } finally {
    await cdp.detach().catch(() => undefined);
    await photo.remove();
    await page.browserContext().close();
  }
});
