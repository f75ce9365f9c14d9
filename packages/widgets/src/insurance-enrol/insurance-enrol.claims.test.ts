/**
 * Claims (申请互助金) in `<union-insurance-enrol>`, against this file's sandbox: a claim filed by keyboard
 * with a photo on cover that has started, then approved and paid by the union; "more information
 * needed" answered with a document, and a withdrawal; a bad incident date said at its field with
 * nothing lost; and nothing of a claim reaching the platform's page (no event, storage, console or URL).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UnionClient } from '@unionkit/sdk';
import type { UnionElement } from '../internal/base.js';
import { mountWidget, settled } from '../internal/testing/common-suite.js';
import { $, $$, active, byId, headingOf, isButton, setInput, tabTo, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { card, moveClocks, photo, pickFiles, renewingClient, startEnrol, TAG } from '../internal/testing/insurance-enrol.js';
import { makeMember } from '../internal/testing/member.js';
import { SENTINELS, watchSentinels } from '../internal/testing/sentinels.js';

/** Today in Shanghai by the (moved) device clock, as a date input takes it. */
const today = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now() + offsetDays * 86_400_000);

/** A one-page PDF (a discharge summary), small but a PDF by its first bytes. */
const pdf = () =>
  new File(['%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'], '出院小结.pdf', {
    type: 'application/pdf',
  });

/**
 * A member in the union-paid accident plan (意外伤害 and 身故及伤残), the clocks moved to the day its
 * cover starts (the next day; from 1 December, 1 January); the widget on "我的保障". Returns the
 * restore of the clocks.
 */
async function coveredMember(locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ client: UnionClient; el: UnionElement; restore: () => void }> {
  const client = await renewingClient();
  await makeMember(client);
  const el = await mountWidget(TAG, client, (w) => {
    w.locale = locale;
  });
  await settled(el);
  // In English, the widget's own words are a chunk of their own: enrol once they are here.
  if (locale === 'en') await waitUntil(() => textOf($(el, '[part~="views"]')).includes('My cover'), 'the widget’s English words');
  await startEnrol(el, card(el, 'accident').querySelector<HTMLButtonElement>('button[part~="enrol"]')!);
  $<HTMLButtonElement>(el, 'button[part~="confirm"]')!.click();
  await waitFor(() => headingOf(el) === (locale === 'en' ? 'You are enrolled' : '参保成功'));
  const [enrolment] = (await client.insurance.listEnrolments()).data;
  const day = (d: string) => Date.parse(`${d}T00:00:00+08:00`);
  const restore = await moveClocks(client, Math.round((day(enrolment!.coverageStart!) - day(today())) / 86_400_000));
  try {
    $<HTMLButtonElement>(el, 'button[part~="my-enrolments"]')!.click();
    await waitFor(el, 'button[part~="claim"]');
  } catch (err) {
    restore();
    throw err;
  }
  return { client, el, restore };
}

/** Tabs to a field and types into it, as a worker on a keyboard does. */
async function typeInto(el: UnionElement, id: string, value: string): Promise<void> {
  await tabTo(el, byId(id), id);
  await sendKeys({ type: value });
  await el.updateComplete;
}

/** Opens 我的理赔 and a claim in it. */
async function openClaim(el: UnionElement, id: string): Promise<HTMLElement> {
  $$<HTMLButtonElement>(el, '[part~="tab"]').find((b) => textOf(b) === '我的理赔')!.click();
  const open = await waitFor(el, `[data-claim="${id}"] button[part~="open-claim"]`);
  open.click();
  return waitFor(el, `[part~="claim-detail"][data-claim="${id}"]`);
}

describe('<union-insurance-enrol>: claims', function () {
  this.timeout(60000);

  it('files a claim by keyboard with a photo, then shows it approved and paid with the amount; nothing reaches the platform', async () => {
    const watch = watchSentinels();
    const { client, el, restore } = await coveredMember();
    try {
      await tabTo(el, isButton('申请互助金'), 'the claim button');
      await sendKeys({ press: 'Enter' });
      const benefit = (await waitFor(el, 'select#claim-benefit')) as HTMLSelectElement;
      await waitUntil(() => headingOf(el) === '申请互助金' && active(el)?.hasAttribute('data-step-heading'), 'focus on the form');
      // Only what the plan has; a death claim is made by the family in person.
      expect([...benefit.options].map((o) => o.value)).to.deep.equal(['', 'accident_medical', 'disability']);
      expect(textOf($(el, '#claim-benefit-hint'))).to.equal('身故互助金由家属带相关证明到工会服务站当面申请。');
      await expect(el).to.be.accessible();

      await tabTo(el, byId('claim-benefit'), 'the benefit');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => benefit.value === 'accident_medical', 'chose accident_medical');
      setInput(el, '#claim-incident-date', today());
      await el.updateComplete;
      expect(textOf($(el, '#claim-incident-date-error'))).to.equal('');
      await typeInto(el, 'claim-description', `送餐途中在路口被电动车撞倒，右手腕骨折。${SENTINELS.name} ${SENTINELS.mobile}`);
      await pickFiles(el, '#claim-evidence-files', [await photo()]);
      for (const id of ['claim-consent-claim', 'claim-consent-health']) {
        const box = (await tabTo(el, byId(id), id)) as HTMLInputElement;
        expect(box.checked, 'unchecked by default').to.equal(false);
        await sendKeys({ press: 'Space' });
        await waitUntil(() => box.checked, `${id} ticked`);
      }
      await expect(el).to.be.accessible();
      await tabTo(el, isButton('提交申请'), 'the send button');
      await sendKeys({ press: 'Enter' });

      const detail = await waitFor(el, '[part~="claim-detail"]', 'the claim did not open after sending');
      await waitUntil(() => active(el)?.id === 'claim-title', 'focus on the claim');
      expect(headingOf(el)).to.equal('我的理赔');
      expect(textOf(detail.querySelector('[part~="status"]'))).to.equal('已提交');
      expect(textOf(detail.querySelector('[part~="decision-due"]'))).to.match(/^\d{4}年\d+月\d+日$/);
      const steps = detail.querySelectorAll('[part~="timeline"] > li');
      expect(steps).to.have.length(1);
      expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
      await expect(el).to.be.accessible();

      const [claim] = (await client.insurance.claims.list()).data;
      expect(claim).to.include({ benefit: 'accident_medical', incidentDate: today(), status: 'submitted' });
      expect(claim!.evidenceFileIds).to.have.length(1);

      // The union approves and pays (the sandbox plays it); the worker looks again.
      await client.sandbox.decideClaim(claim!.id, { decision: 'approve', amountFen: 356_000 });
      await client.sandbox.decideClaim(claim!.id, { decision: 'pay' });
      $<HTMLButtonElement>(el, '[part~="claim-detail"] button[part~="back"]')!.click();
      const row = await waitFor(() => {
        const r = $(el, `[part~="claim"][data-claim="${claim!.id}"]`);
        return r && textOf(r.querySelector('[part~="status"]')) === '已发放' ? r : null;
      });
      expect(textOf(row)).to.contain('意外医疗');
      const paid = await openClaim(el, claim!.id);
      expect(textOf(paid.querySelector('[part~="approved-amount"]'))).to.equal('¥3,560');
      expect(textOf(paid)).to.contain('互助金发放到您的工会服务卡。');
      expect(paid.querySelector('[part~="decision-due"]'), 'decided: no answer date').to.not.exist;
      expect(paid.querySelector('[data-withdraw]'), 'decided: no withdraw').to.not.exist;
      expect([...paid.querySelectorAll('[part~="timeline"] > li .timeline-label')].map(textOf)).to.deep.equal([
        '已提交',
        '审核中',
        '已核准',
        '已发放',
      ]);
      await expect(el).to.be.accessible();

      // Nothing of the claim reached the platform's page: no union-* event but ready, no storage, console or URL.
      // union-view-changed says only whether back() can step back, nothing of the claim
      expect(watch.events.map((e) => e.type).filter((t) => t !== 'union-ready' && t !== 'union-view-changed')).to.deep.equal([]);
      watch.assertClean(el);
    } finally {
      restore();
      watch.restore();
    }
  });

  it('answers "more information needed" with a document, then withdraws the claim after a confirmation', async () => {
    const { client, el, restore } = await coveredMember();
    try {
      const [enrolment] = (await client.insurance.listEnrolments()).data;
      const file = await client.files.upload({ file: await photo(), purpose: 'claim_evidence' });
      const claim = await client.insurance.claims.create({
        enrolmentId: enrolment!.id,
        benefit: 'accident_medical',
        incidentDate: today(),
        description: '下雨路滑摔倒，膝盖挫伤。',
        evidenceFileIds: [file.id],
        consents: [
          { purpose: 'claim_processing', noticeVersion: '2026-11' },
          { purpose: 'sensitive_health_data', noticeVersion: '2026-11' },
        ],
      });
      await client.sandbox.decideClaim(claim.id, { decision: 'needs_info', reason: '请补充医院的出院小结。' });

      const detail = await openClaim(el, claim.id);
      expect(textOf(detail.querySelector('[part~="status"]'))).to.equal('需补充材料');
      expect(textOf(detail.querySelector('[part~="reason"]'))).to.equal('请补充医院的出院小结。');
      await expect(el).to.be.accessible();
      await pickFiles(el, '#claim-more-files', [pdf()]);
      $<HTMLButtonElement>(el, 'button[part~="send-documents"]')!.click();
      await waitFor(() => textOf($(el, '[part~="claim-detail"] [part~="status"]')) === '审核中', 'the documents were not sent');
      expect($(el, '[part~="more-info"]')).to.not.exist;
      expect(textOf($(el, '[role="status"]'))).to.contain('补充材料已提交');
      const answered = await client.insurance.claims.retrieve(claim.id);
      expect(answered.evidenceFileIds).to.have.length(2);
      expect(answered.timeline.map((s) => s.status)).to.deep.equal(['submitted', 'under_review', 'more_info_needed', 'under_review']);

      // Withdraw before a decision: asks first.
      $<HTMLButtonElement>(el, '[data-withdraw]')!.click();
      await waitUntil(() => active(el)?.hasAttribute('data-cancel-question'), 'focus on the question');
      expect(textOf($(el, '[data-cancel-question]'))).to.contain('确定撤回这份互助金申请吗');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button[part~="cancel-yes"]')!.click();
      await waitFor(() => textOf($(el, '[part~="claim-detail"] [part~="status"]')) === '已撤回');
      expect($(el, '[data-withdraw]')).to.not.exist;
      expect((await client.insurance.claims.retrieve(claim.id)).status).to.equal('withdrawn');
    } finally {
      restore();
    }
  });

  it('says a bad incident date at the field as it is typed, sends nothing, and loses nothing', async () => {
    const { client, el, restore } = await coveredMember();
    try {
      $<HTMLButtonElement>(el, 'button[part~="claim"]')!.click();
      await waitFor(el, 'select#claim-benefit');
      const date = $<HTMLInputElement>(el, '#claim-incident-date')!;
      const benefit = $<HTMLSelectElement>(el, '#claim-benefit')!;
      benefit.value = 'accident_medical';
      benefit.dispatchEvent(new Event('change'));
      setInput(el, '#claim-description', '在小区门口摔伤。');
      await pickFiles(el, '#claim-evidence-files', [await photo()]);
      $<HTMLInputElement>(el, '#claim-consent-claim')!.click();
      $<HTMLInputElement>(el, '#claim-consent-health')!.click();

      // Tomorrow: refused as typed, the message tied to the field.
      setInput(el, '#claim-incident-date', today(1));
      await el.updateComplete;
      expect(textOf($(el, '#claim-incident-date-error'))).to.equal('出险日期不能晚于今天。');
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      expect(date.getAttribute('aria-describedby')).to.contain('claim-incident-date-error');
      // Yesterday: before the cover started.
      setInput(el, '#claim-incident-date', today(-1));
      await el.updateComplete;
      expect(textOf($(el, '#claim-incident-date-error'))).to.match(/^出险日期不在保障期（\d{4}年\d+月\d+日 至 \d{4}年12月31日）内。$/);
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, 'button[part~="submit-claim"]')!.click();
      await waitUntil(() => active(el) === date, 'focus on the date');
      expect((await client.insurance.claims.list()).data, 'nothing sent').to.have.length(0);
      expect($<HTMLTextAreaElement>(el, '#claim-description')!.value).to.equal('在小区门口摔伤。');
      expect($$(el, '[part~="upload-item"][data-state="done"]')).to.have.length(1);
      expect($<HTMLInputElement>(el, '#claim-consent-claim')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#claim-consent-health')!.checked).to.equal(true);
      expect(benefit.value).to.equal('accident_medical');

      // A description over the limit, counted as a person counts (an emoji is one): said at the field
      // as it is typed, not cut, not sent.
      const family = '👨‍👩‍👧';
      setInput(el, '#claim-incident-date', today());
      setInput(el, '#claim-description', family.repeat(2001));
      await el.updateComplete;
      expect(textOf($(el, '#claim-description-count'))).to.equal('2001/2000 字');
      expect(textOf($(el, '#claim-description-error'))).to.equal('最多 2000 字，已超出 1 字');
      $<HTMLButtonElement>(el, 'button[part~="submit-claim"]')!.click();
      await waitUntil(() => active(el) === $(el, '#claim-description'), 'focus on the description');
      expect((await client.insurance.claims.list()).data, 'nothing sent').to.have.length(0);
      expect($<HTMLTextAreaElement>(el, '#claim-description')!.value).to.equal(family.repeat(2001));
      // 2,000 of them (16,000 UTF-16 units) are within it: the union API takes them.
      setInput(el, '#claim-description', family.repeat(2000));
      await el.updateComplete;
      expect(textOf($(el, '#claim-description-error'))).to.equal('');

      // Corrected: it goes.
      setInput(el, '#claim-incident-date', today());
      await el.updateComplete;
      expect(textOf($(el, '#claim-incident-date-error'))).to.equal('');
      $<HTMLButtonElement>(el, 'button[part~="submit-claim"]')!.click();
      await waitFor(el, '[part~="claim-detail"]', 'the claim was not sent');
      expect((await client.insurance.claims.list()).data.map((c) => c.description)).to.deep.equal([family.repeat(2000)]);
    } finally {
      restore();
    }
  });

  it('speaks English through a claim: the form, the statuses and the timeline, with no Chinese but the union’s own name', async () => {
    const { client, el, restore } = await coveredMember('en');
    try {
      /** What the widget shows, without the union's bilingual identity mark. */
      const words = () => {
        const base = $(el, '[part~="base"]')!.cloneNode(true) as HTMLElement;
        base.querySelectorAll('.identity').forEach((n) => n.remove());
        return textOf(base);
      };
      const chinese = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
      const noChinese = (where: string) =>
        expect(words().match(new RegExp(`.{0,20}${chinese.source}+.{0,20}`, 'g')) ?? [], `Chinese left in ${where}`).to.deep.equal([]);

      $<HTMLButtonElement>(el, 'button[part~="claim"]')!.click();
      const benefit = (await waitFor(el, 'select#claim-benefit')) as HTMLSelectElement;
      await waitUntil(() => active(el)?.hasAttribute('data-step-heading'), 'focus on the form');
      // The claim part's English words, and the file picker's, are chunks of their own: the form speaks
      // English once both are here (until then a part speaks the default language: a known defect).
      await waitUntil(() => !chinese.test(words()), 'the claim form’s English words');
      expect(headingOf(el)).to.not.match(chinese);
      for (const option of benefit.options) expect(textOf(option), 'a benefit').to.not.match(chinese);
      noChinese('the claim form');
      benefit.value = 'accident_medical';
      benefit.dispatchEvent(new Event('change'));
      setInput(el, '#claim-incident-date', today(1));
      await el.updateComplete;
      expect(textOf($(el, '#claim-incident-date-error'))).to.match(/^[^\u3400-\u9fff]+$/);
      setInput(el, '#claim-incident-date', today());
      setInput(el, '#claim-description', 'Knocked down by an e-bike at a crossing; broke my right wrist.');
      await pickFiles(el, '#claim-evidence-files', [await photo('receipt.jpg')]);
      $<HTMLInputElement>(el, '#claim-consent-claim')!.click();
      $<HTMLInputElement>(el, '#claim-consent-health')!.click();
      await el.updateComplete;
      noChinese('the filled claim form');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button[part~="submit-claim"]')!.click();

      const detail = await waitFor(el, '[part~="claim-detail"]', 'the claim did not open after sending');
      expect(textOf(detail.querySelector('[part~="status"]'))).to.equal('Submitted');
      noChinese('the sent claim');
      const [claim] = (await client.insurance.claims.list()).data;
      await client.sandbox.decideClaim(claim!.id, { decision: 'approve', amountFen: 356_000 });
      await client.sandbox.decideClaim(claim!.id, { decision: 'pay' });
      $<HTMLButtonElement>(el, '[part~="claim-detail"] button[part~="back"]')!.click();
      const row = await waitFor(() => {
        const r = $(el, `[part~="claim"][data-claim="${claim!.id}"]`);
        return r && textOf(r.querySelector('[part~="status"]')) === 'Paid' ? r : null;
      });
      noChinese('my claims');
      row.querySelector<HTMLButtonElement>('button[part~="open-claim"]')!.click();
      const paid = await waitFor(el, `[part~="claim-detail"][data-claim="${claim!.id}"]`);
      expect(textOf(paid.querySelector('[part~="approved-amount"]'))).to.equal('¥3,560');
      const steps = [...paid.querySelectorAll('[part~="timeline"] > li')].map(textOf);
      expect(steps).to.have.length(4);
      for (const step of steps) expect(step, 'a timeline step').to.not.match(chinese);
      noChinese('the paid claim and its timeline');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});
