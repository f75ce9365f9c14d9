/**
 * Evidence and certificate scans in `<union-help-desk>`, in the union's hosted page (where legal matters
 * are filed, on the union token): a legal matter's evidence is uploaded as `legal_evidence` and sent with
 * the request; a file of the wrong type or over 10 MB is refused by its name with a clear message and
 * nothing typed is lost; and each form keeps its own files — evidence picked in a legal form is neither
 * shown in nor sent with the certificate subsidy, whose scan goes up as `certificate`.
 */
import { expect } from '@open-wc/testing';
import { MAX_FILE_BYTES } from '@unionkit/contract';
import type { UnionClient } from '@unionkit/sdk';
import { $, $$, choose, setInput, textOf, waitFor, waitUntil } from '../internal/testing/dom.js';
import { helpClients, mount, openForm, send } from '../internal/testing/help-desk.js';
import { makeMember } from '../internal/testing/member.js';
import type { UnionHelpDesk } from './help-desk.js';

/** Today in Shanghai, as a date input takes it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * A one-page PDF, a PDF by its first bytes. Plain ASCII: the test relays the union page's requests
 * through the test server as text (see `helpClients`), which keeps these bytes as they are.
 */
const pdf = (name: string) =>
  new File(['%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'], name, {
    type: 'application/pdf',
  });

/** Picks files in the form's evidence picker, as the system picker would. */
function pick(el: UnionHelpDesk, files: File[]): void {
  const input = $<HTMLInputElement>(el, '#help-evidence-files')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const items = (el: UnionHelpDesk) => $$(el, '[part~="upload-item"]');

/** Waits until every file in the list settled (uploaded or refused). */
async function settledFiles(el: UnionHelpDesk, count: number): Promise<HTMLElement[]> {
  await waitUntil(
    () => items(el).length === count && items(el).every((i) => i.dataset['state'] === 'done' || i.dataset['state'] === 'failed'),
    'the files did not settle',
    { timeout: 15000 },
  );
  return items(el);
}

/** The hosted page's widget for a fresh worker, on the union token. */
async function hostedDesk(union: UnionClient): Promise<UnionHelpDesk> {
  return mount(union, (w: UnionHelpDesk) => (w.hosted = true));
}

async function fillLegal(el: UnionHelpDesk, description: string): Promise<void> {
  await choose(el, '#help-topic', 'wage_arrears');
  await choose(el, '#help-counterparty', 'agency');
  setInput(el, '#help-description', description);
  $<HTMLInputElement>(el, '#help-contact-phone_call')!.click();
  await el.updateComplete;
}

describe('union-help-desk evidence', function () {
  this.timeout(60000);

  it('uploads a legal matter’s evidence as legal_evidence and sends it with the request', async () => {
    const { union } = await helpClients();
    const el = await hostedDesk(union);
    await openForm(el, 'legal_consultation');
    await fillLegal(el, '站点拖欠了两个月的配送费。');
    pick(el, [pdf('工资条.pdf')]);
    const [item] = await settledFiles(el, 1);
    expect(item!.dataset['state']).to.equal('done');
    $<HTMLInputElement>(el, '#help-consent')!.click();
    await el.updateComplete;
    await send(el);
    await waitUntil(() => el.view === 'submitted', 'not sent');

    const [request] = (await union.helpRequests.list()).data;
    expect(request).to.include({ type: 'legal_consultation' });
    expect(request!.evidenceFileIds).to.have.length(1);
    const file = await union.files.retrieve(request!.evidenceFileIds![0]!);
    expect(file.purpose).to.equal('legal_evidence');
  });

  it('refuses a file of the wrong type or over 10 MB by its name, with a clear message, and keeps what was typed', async () => {
    const { union } = await helpClients();
    const el = await hostedDesk(union);
    await openForm(el, 'complaint');
    await fillLegal(el, '平台无故扣了三单的配送费。');
    const big = new File(['%PDF-1.4\n', new Uint8Array(MAX_FILE_BYTES + 1)], '病历扫描.pdf', { type: 'application/pdf' });
    pick(el, [new File(['聊天记录：明天发工资'], '聊天记录.txt', { type: 'text/plain' }), big]);
    const [wrongType, tooBig] = await settledFiles(el, 2);
    expect(wrongType!.dataset['state']).to.equal('failed');
    expect(textOf(wrongType)).to.contain('聊天记录.txt');
    expect(textOf(wrongType)).to.contain('只能上传 JPG、PNG、WebP 照片或 PDF 文件。');
    expect(tooBig!.dataset['state']).to.equal('failed');
    expect(textOf(tooBig)).to.contain('文件超过 10 MB');
    expect($<HTMLTextAreaElement>(el, '#help-description')!.value).to.equal('平台无故扣了三单的配送费。');
    expect($<HTMLSelectElement>(el, '#help-topic')!.value).to.equal('wage_arrears');
    expect($<HTMLInputElement>(el, '#help-contact-phone_call')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps each form’s files to itself: the subsidy gets only its scan, uploaded as a certificate', async () => {
    const { client, union } = await helpClients({ components: ['help', 'membership'] });
    await makeMember(client);
    const el = await hostedDesk(union);

    // Form A: a legal consultation with a piece of evidence, left unsent.
    await openForm(el, 'legal_consultation');
    await fillLegal(el, '站点拖欠了两个月的配送费。');
    pick(el, [pdf('工资条.pdf')]);
    expect((await settledFiles(el, 1))[0]!.dataset['state']).to.equal('done');

    // Form B: the certificate subsidy.
    $<HTMLButtonElement>(el, 'button[part~="back"]')!.click();
    await waitUntil(() => el.view === 'home', 'not home');
    await openForm(el, 'skill_subsidy');
    expect(items(el), 'form A’s files are not in form B').to.have.length(0);
    setInput(el, '#help-certName', '网约配送员');
    await choose(el, '#help-certLevel', 'level_4');
    setInput(el, '#help-certNumber', 'S310000000456');
    setInput(el, '#help-certIssuedOn', today());
    pick(el, [pdf('证书.pdf')]);
    const [scan] = await settledFiles(el, 1);
    expect(scan!.dataset['state']).to.equal('done');
    expect(textOf(scan)).to.contain('证书.pdf');
    $<HTMLInputElement>(el, '#help-consent')!.click();
    await el.updateComplete;
    await send(el);
    await waitUntil(() => el.view === 'submitted', 'not sent');

    const requests = (await union.helpRequests.list()).data;
    expect(requests.map((r) => r.type)).to.deep.equal(['skill_subsidy']);
    const [subsidy] = requests;
    expect(subsidy!.evidenceFileIds).to.have.length(1);
    const file = await union.files.retrieve(subsidy!.evidenceFileIds![0]!);
    expect(file).to.include({ purpose: 'certificate', name: '证书.pdf' });
  });
});
