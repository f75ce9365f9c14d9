import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { MAX_FILE_BYTES } from '@unionkit/contract';
import { Files, type UnionCore, type UploadProgress } from '@unionkit/sdk';
import { html } from 'lit';
import { use } from '../api.js';
import { UnionElement } from '../base.js';
import { baseStyles, fieldStyles } from '../styles.js';
import { $, $$, textOf, waitFor } from '../testing/dom.js';
import { createTestClient, losesFirstAnswer } from '../testing/session.js';
import { filePickerLayer, filePickerView } from '../views/file-picker.js';
import { MAX_EDGE_PX, PrepareError, prepareImage } from './prepare.js';
import { UploadController } from './upload-controller.js';

class UploadHostElement extends UnionElement {
  static override styles = [...baseStyles, fieldStyles, filePickerLayer];
  readonly evidence = new UploadController(this.controllerHost, { purpose: 'claim_evidence', maxFiles: 2 });
  protected renderContent() {
    return html`<div part="body">${filePickerView(this.evidence, { id: 'evidence', label: '证明材料' })}</div>`;
  }
}
customElements.define('test-upload-host', UploadHostElement);

const mount = (client: UnionCore) => fixture<UploadHostElement>(fixtureHtml`<test-upload-host .client=${client}></test-upload-host>`);

/** A noisy photo (noise does not compress), `width`×`height`, as JPEG bytes from the browser's own encoder. */
async function photo(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(width, height);
  let seed = 7;
  for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23;
  ctx.putImageData(image, 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 })).arrayBuffer());
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const GPS_MARK = 'GPS-31.2304N-121.4737E';

/**
 * The same JPEG with an APP1 EXIF block right after SOI: IFD0 points (tag 0x8825) to a GPS IFD holding
 * GPSLatitudeRef "N" and a GPSMapDatum string we can look for afterwards.
 */
function withGpsExif(jpeg: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  const u32 = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  const mark = [...ascii(GPS_MARK), 0];
  // TIFF: header (8) + IFD0 (2 + 12 + 4) at 8 + GPS IFD (2 + 2×12 + 4) at 26 + the string at 56.
  const tiff = [
    ...ascii('MM'), ...u16(42), ...u32(8),
    ...u16(1), ...u16(0x8825), ...u16(4), ...u32(1), ...u32(26), ...u32(0),
    ...u16(2),
    ...u16(0x0001), ...u16(2), ...u32(2), ...ascii('N'), 0, 0, 0,
    ...u16(0x0012), ...u16(2), ...u32(mark.length), ...u32(56),
    ...u32(0),
    ...mark,
  ];
  const payload = [...ascii('Exif'), 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, ...u16(payload.length + 2), ...payload];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

function contains(haystack: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Picks files in the "choose" input as the browser would after the worker chose them. */
function pick(el: UploadHostElement, files: File[]): void {
  const input = $<HTMLInputElement>(el, '#evidence-files')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('prepareImage', () => {
  it('removes a JPEG\'s EXIF GPS block and makes a large photo smaller, at most 1600 px on its longer edge', async () => {
    const original = withGpsExif(await photo(2000, 1500));
    expect(contains(original, ascii(GPS_MARK)), 'the test photo carries its location').to.equal(true);
    const decoded = await createImageBitmap(new Blob([original]));
    expect(decoded.width, 'the test photo decodes').to.equal(2000);
    const prepared = await prepareImage(new File([original], 'IMG_0001.png', { type: 'image/png' }));
    const out = new Uint8Array(await prepared.blob.arrayBuffer());
    expect(prepared.contentType).to.equal('image/jpeg');
    expect(prepared.name).to.equal('IMG_0001.jpg');
    expect([out[0], out[1], out[2]]).to.deep.equal([0xff, 0xd8, 0xff]);
    expect(contains(out, ascii(GPS_MARK)), 'the location is gone').to.equal(false);
    expect(contains(out, [...ascii('Exif'), 0, 0]), 'no EXIF block at all').to.equal(false);
    expect(out.byteLength).to.be.below(original.byteLength);
    const result = await createImageBitmap(prepared.blob);
    expect(Math.max(result.width, result.height)).to.equal(MAX_EDGE_PX);
    expect(result.width / result.height).to.be.closeTo(2000 / 1500, 0.01);
    expect(prepared.thumbnail).to.match(/^data:image\/jpeg;base64,/);
  });

  it('sends a PDF as it is, and refuses what is neither a photo nor a PDF by its content', async () => {
    const pdf = new File(['%PDF-1.7\n%%EOF\n'], 'cert.pdf', { type: 'application/pdf' });
    const prepared = await prepareImage(pdf);
    expect(prepared.contentType).to.equal('application/pdf');
    expect(await prepared.blob.text()).to.equal('%PDF-1.7\n%%EOF\n');
    expect(prepared.thumbnail).to.equal(undefined);
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const tooLarge = await prepareImage(new File([big], 'scan.pdf')).catch((e: unknown) => e);
    expect((tooLarge as PrepareError).code, 'a PDF over 10 MiB is refused before sending').to.equal('file_too_large');
    for (const bad of [new File(['hello'], 'photo.jpg', { type: 'image/jpeg' }), new File([new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2])], 'broken.jpg')]) {
      const error = await prepareImage(bad).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(PrepareError);
      expect((error as PrepareError).code).to.equal('unsupported_file_type');
    }
  });
});

describe('files.upload in the browser', () => {
  it('sends through XMLHttpRequest (fetch reports no upload progress) and reports progress up to the whole body', async () => {
    const client = await createTestClient({ session: { components: ['insurance'] } });
    const bytes = await photo(900, 900);
    const seen: UploadProgress[] = [];
    const opened: string[] = [];
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      opened.push(`${method} ${new URL(url).pathname}`);
      return open.call(this, method, url, true);
    } as typeof XMLHttpRequest.prototype.open;
    try {
      const file = await use(client, Files).upload({ file: new Blob([bytes]), purpose: 'claim_evidence', name: 'a.jpg' }, { onProgress: (p) => seen.push(p) });
      expect(file.size).to.equal(bytes.byteLength);
    } finally {
      XMLHttpRequest.prototype.open = open;
    }
    expect(opened).to.deep.equal(['POST /v1/files']);
    // How often the browser reports depends on the network; the last report is always the whole body.
    const last = seen.at(-1)!;
    expect(last.loaded).to.equal(last.total);
    expect(last.total).to.be.at.least(bytes.byteLength);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.loaded).to.be.at.least(seen[i - 1]!.loaded);
  });
});

describe('UploadController and the file picker', () => {
  it('prepares and uploads a picked photo to 100 %, shows it done, and is accessible before and after', async () => {
    const el = await mount(await createTestClient({ session: { components: ['insurance'] } }));
    await expect(el).to.be.accessible();
    const inputs = $$<HTMLInputElement>(el, 'input[type=file]');
    expect(inputs.map((i) => i.getAttribute('capture'))).to.deep.equal(['environment', null]);
    pick(el, [new File([withGpsExif(await photo(1200, 800))], '发票.jpg', { type: 'image/jpeg' })]);
    await waitFor(() => el.evidence.items[0]?.state === 'done', 'the upload finishes');
    const [item] = el.evidence.items;
    expect(item!.percent).to.equal(100);
    expect(el.evidence.fileIds).to.deep.equal([item!.fileId]);
    await el.updateComplete;
    expect(textOf($(el, '.upload-item'))).to.include('已上传');
    expect($(el, '.upload-item img')).to.not.equal(null);
    await expect(el).to.be.accessible();
    // The list survives re-renders (a step change, a language switch).
    el.locale = 'en';
    await waitFor(() => textOf($(el, '.upload-item')).includes('Uploaded'), 'the English words arrive');
    expect(el.evidence.fileIds).to.deep.equal([item!.fileId]);
  });

  it('a failed upload is retried with the same bytes and idempotency key, without picking the photo again', async () => {
    const lossy = losesFirstAnswer(/\/v1\/files$/);
    const client = await createTestClient({ session: { components: ['insurance'] }, fetch: lossy.fetch });
    const el = await mount(client);
    pick(el, [new File([await photo(600, 400)], 'x.jpg', { type: 'image/jpeg' })]);
    await waitFor(() => el.evidence.items[0]?.state === 'failed', 'the first answer is lost');
    await el.updateComplete;
    expect(el.evidence.items[0]!.error?.code).to.equal('network_error');
    await expect(el).to.be.accessible();
    const retry = await waitFor(() => $$<HTMLButtonElement>(el, '.upload-item button').find((b) => textOf(b) === '重试'));
    retry.click();
    await waitFor(() => el.evidence.items[0]?.state === 'done', 'the retry succeeds');
    expect(lossy.keys.length).to.equal(2);
    expect(lossy.keys[1]).to.equal(lossy.keys[0]);
    const id = el.evidence.items[0]!.fileId!;
    expect((await use(client, Files).retrieve(id)).id).to.equal(id);
  });

  it('refuses a file that is not a photo or PDF and a pick past the limit, sending nothing; remove empties the list', async () => {
    const el = await mount(await createTestClient({ session: { components: ['insurance'] } }));
    pick(el, [new File(['not a photo'], 'notes.jpg', { type: 'image/jpeg' })]);
    await waitFor(() => el.evidence.items[0]?.state === 'failed', 'refused');
    await el.updateComplete;
    expect(el.evidence.items[0]!.error?.code).to.equal('unsupported_file_type');
    expect(textOf($(el, '.upload-item'))).to.include('只能上传');
    expect($$(el, '.upload-item button').map(textOf)).to.deep.equal(['移除'], 'no retry where it cannot help');
    await expect(el).to.be.accessible();
    const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], 'a.pdf', { type: 'application/pdf' });
    pick(el, [pdf(), pdf()]);
    await el.updateComplete;
    expect(el.evidence.items.length, 'two more would pass the limit of 2').to.equal(1);
    $$<HTMLButtonElement>(el, '.upload-item button')[0]!.click();
    await el.updateComplete;
    expect(el.evidence.items.length).to.equal(0);
    expect($(el, '.upload-list')).to.equal(null);
  });
});
