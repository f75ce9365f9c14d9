// The demo's paid cover, claims and help requests in Chromium (puppeteer), under the page's own CSP:
// the 我要求助 tab renders the help desk and frames confidential matters only from the union's origin;
// a paid plan is paid from the rider's wallet (the page cancels union-payment-required, its sheet, the
// back end's confirmation) and the widget then shows the cover starting; turning the wallet down
// shows the union counter's instructions at once; and nothing of a claim or a help request — id, type, text
// or existence — reaches the platform's page, its back end's webhooks or its status lookup, even for a
// rider who shares their status, while the sandbox buttons approve and pay the claim and answer the
// help request without the page knowing either. Each test has its own browser context, so its own rider.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { UnionClient } from '@unionkit/sdk';
import { assertNothingReachedPlatform, demoHooks, fits, openDemo, partnerOf, riderOf as riderIn, sandboxButton, WAIT_MS } from './support/demo.js';
import { shadowText } from './support/join-flow.js';
import { becomeMember, CLAIM_CONSENTS, jpeg, NOTICE } from './support/member.js';
import { violations, waitReady } from './support/page.js';

const demo = demoHooks();

const partner = () => partnerOf(demo.app);

/** The demo page, loaded, in a browser context of its own. */
const newPage = () => openDemo(demo.browser, demo.app);

/** The page's rider, as the union knows them: a client of the rider's own (what the widgets use). */
const riderOf = (page: Page) => riderIn(demo.app, page);

/** The rider joins (sharing their status with the platform, so webhooks do flow) and enrols in a paid plan. */
async function memberAwaitingPayment(page: Page) {
  const rider = await riderOf(page);
  const worker = await rider.client();
  await becomeMember(worker, partner(), { share: true });
  const enrolment = await worker.insurance.enrol({ planId: 'plan_inpatient_2026' });
  assert.equal(enrolment.status, 'awaiting_payment');
  return { ...rider, enrolment };
}

/** Opens 工会服务 → 保障 → 我的保障 and presses 去缴费. */
async function pressPay(page: Page): Promise<void> {
  await page.click('#tab-union');
  await page.click('#sub-insurance');
  await waitReady(page, 'union-insurance-enrol', 1, WAIT_MS);
  // The element may have just been loaded again (remounted): wait for its views switch, then its 去缴费.
  await page.waitForFunction(
    () =>
      [...(document.querySelector('union-insurance-enrol')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="tab"]') ?? [])].some((t) =>
        /我的保障/.test(t.textContent ?? ''),
      ),
    { timeout: WAIT_MS },
  );
  await page.evaluate(() =>
    [...document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tab"]')]
      .find((t) => /我的保障/.test(t.textContent ?? ''))!
      .click(),
  );
  await page.waitForFunction(() => document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelector('button[part~="pay"]'), { timeout: WAIT_MS });
  await page.evaluate(() => document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelector<HTMLElement>('button[part~="pay"]')!.click());
}

const walletText = (page: Page) => page.$eval('#wallet-balance', (el) => el.textContent ?? '');

test('我要求助 is a tab of its own with the help desk, and a complaint is framed only from the union’s origin', async () => {
  const page = await newPage();
  await page.click('#tab-union');
  await page.click('#sub-help');
  await waitReady(page, 'union-help-desk', 1, WAIT_MS);
  const text = await shadowText(page, 'union-help-desk');
  assert.match(text, /12351/);
  assert.match(text, /12348/);

  await page.evaluate(() => document.querySelector('union-help-desk')!.shadowRoot!.querySelector<HTMLElement>('button[data-type="complaint"]')!.click());
  const src = await page.waitForFunction(
    () => document.querySelector('union-help-desk')!.shadowRoot!.querySelector('union-hosted-frame')?.shadowRoot?.querySelector('iframe')?.src,
    { timeout: WAIT_MS },
  );
  const origin = new URL(String(await src.jsonValue())).origin;
  assert.equal(origin, `http://127.0.0.1:${demo.app.sandbox.port}`, 'the union’s page, from the sandbox’s origin');
  assert.notEqual(origin, new URL(demo.app.url.replace('localhost', '127.0.0.1')).origin);
  assert.deepEqual(await violations(page), []);
  await page.browserContext().close();
});

test('a paid plan is paid from the wallet: the sheet, the back end’s confirmation, and the widget shows the cover starting', async () => {
  const page = await newPage();
  await page.setViewport({ width: 320, height: 640 });
  const { enrolment, client } = await memberAwaitingPayment(page);
  const amount = `¥${(enrolment.payment!.amountFen / 100).toFixed(2)}`;
  await page.click('#tab-earnings');
  await page.waitForFunction(() => /¥/.test(document.getElementById('wallet-balance')!.textContent ?? ''), { timeout: WAIT_MS });
  assert.equal(await walletText(page), '¥1842.60');

  await pressPay(page);
  await page.waitForSelector('#pay-sheet[open]', { timeout: WAIT_MS });
  // At 320 px: the six union tabs and the sheet fit, with touch-sized controls.
  await fits(page, '#union-tabs');
  await fits(page, '#pay-sheet');
  assert.match(await page.$eval('#pay-title', (el) => el.textContent ?? ''), new RegExp(`从钱包支付 ${amount.replace('.', '\\.')}`));
  // The page cancelled the event: the widget waits for the platform instead of showing the counter.
  await page.waitForFunction(() => document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelector('[part~="payment-waiting"]'), { timeout: WAIT_MS });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pay-confirm', 'the sheet takes the focus');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#pay-sheet:not([open])', { timeout: WAIT_MS });

  // The widget reads the enrolment again and shows the cover, from tomorrow.
  await page.waitForFunction(() => !document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelector('[part~="payment"]'), { timeout: WAIT_MS });
  assert.equal((await (await client()).insurance.retrieveEnrolment(enrolment.id)).status, 'active');
  // "缴费已确认：D 起生效" — from the day after the payment (1 January when paid in December), never "in force".
  const cover = await shadowText(page, 'union-insurance-enrol');
  assert.match(cover, /缴费已确认：.+ 起生效/);
  assert.doesNotMatch(cover, /保障已生效/);
  assert.equal(await walletText(page), `¥${((184_260 - enrolment.payment!.amountFen) / 100).toFixed(2)}`);
  // What the page heard of it: the enrolment and the amount, nothing else.
  const logged = await page.$$eval('#event-log li[data-name="union-payment-required"] .log-detail', (els) => els.map((e) => e.textContent));
  assert.deepEqual(logged.map((t) => JSON.parse(t ?? '')), [{ enrolmentId: enrolment.id, amountFen: enrolment.payment!.amountFen }]);
  await page.browserContext().close();
});

test('turning the wallet down shows the union counter’s instructions at once, and nothing is taken', async () => {
  const page = await newPage();
  const { enrolment, client } = await memberAwaitingPayment(page);
  await pressPay(page);
  await page.waitForSelector('#pay-sheet[open]', { timeout: WAIT_MS });
  await page.click('#pay-decline');
  await page.waitForSelector('#pay-sheet:not([open])', { timeout: WAIT_MS });
  // No second 去缴费: the page told the widget, which shows the counter and no longer waits for the platform.
  await page.waitForFunction(() => document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelector('[part~="payment-counter"]'), { timeout: WAIT_MS });
  assert.equal(await page.evaluate(() => document.querySelector('union-insurance-enrol')!.shadowRoot!.querySelector('[part~="payment-waiting"]')), null);
  assert.equal(await page.$('#pay-sheet[open]'), null, 'no sheet again');
  assert.equal((await (await client()).insurance.retrieveEnrolment(enrolment.id)).status, 'awaiting_payment');
  assert.equal(await walletText(page), '¥1842.60');
  await page.browserContext().close();
});

test('nothing of a claim or a help request reaches the platform, while the sandbox approves, pays and answers them', async () => {
  const page = await newPage();
  const { enrolment, client } = await memberAwaitingPayment(page);
  await pressPay(page);
  await page.waitForSelector('#pay-sheet[open]', { timeout: WAIT_MS });
  await page.click('#pay-confirm');
  await page.waitForSelector('#pay-sheet:not([open])', { timeout: WAIT_MS });

  // On to the day the cover starts. The rider files a claim with a photo and a complaint about the
  // platform (the widgets' own calls, straight from the rider's device to the union).
  assert.match(await sandboxButton(page, 'advance-clock', 'insurance-result'), /前进 \d+ 天/);
  let worker = await client();
  const cover = await worker.insurance.retrieveEnrolment(enrolment.id);
  assert.equal(cover.status, 'active');
  const photo = await worker.files.upload({ file: jpeg(), purpose: 'claim_evidence' });
  const claim = await worker.insurance.claims.create({
    enrolmentId: enrolment.id,
    benefit: 'inpatient',
    incidentDate: cover.coverageStart!,
    description: '送餐途中在漕溪北路摔倒，住院三天。',
    hospitalDays: 3,
    evidenceFileIds: [photo.id],
    consents: CLAIM_CONSENTS,
  });
  // A complaint is filed as the union's hosted page files it: with a union token, for which the worker
  // proves their mobile with an SMS code the platform never receives.
  const challenge = await worker.unionSessions.create({ mobile: '13800138000' });
  const { token: unionToken } = await worker.unionSessions.confirm(challenge.id, { code: '000000' });
  const asUnionPage = new UnionClient({ baseUrl: demo.app.apiBaseUrl, token: unionToken });
  const complaint = await asUnionPage.helpRequests.create({
    type: 'complaint',
    topic: 'account_deactivation',
    counterparty: 'platform',
    description: '平台无故封号，申诉没有回音。',
    contactPreference: 'phone_call',
    consents: [{ purpose: 'help_request_processing', noticeVersion: NOTICE }],
  });

  // The union's side, by the demo's buttons: the page sends no id.
  assert.match(await sandboxButton(page, 'approve-claim', 'insurance-result'), /批准并支付/);
  worker = await client();
  assert.equal((await worker.insurance.claims.retrieve(claim.id)).status, 'paid');
  await page.click('#sub-help');
  assert.match(await sandboxButton(page, 'reply-help', 'help-result'), /社工已回复/);
  const answered = await asUnionPage.helpRequests.retrieve(complaint.id);
  assert.equal(answered.status, 'accepted');
  assert.ok(answered.messages.some((m) => m.from === 'social_worker'));
  await waitReady(page, 'union-help-desk', 1, WAIT_MS);

  // What the platform has: the page's events, its back end's webhooks (every rider's), the status
  // lookup, and every webhook the union sent. None has a trace of the claim or the complaint.
  await assertNothingReachedPlatform(
    demo.app,
    page,
    [claim.id, photo.id, complaint.id, complaint.reference, '摔倒', '封号', 'complaint', 'account_deactivation', 'claim', 'help_'],
    { shared: true },
  );
  await page.browserContext().close();
});
