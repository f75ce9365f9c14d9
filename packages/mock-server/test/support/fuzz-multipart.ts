/**
 * Multipart bodies for the fuzzer (`POST /files`): the forms an operation names in
 * `fuzz-operations.ts` (`multipart`), sent as they are or with one twist — a part dropped, renamed,
 * repeated, sent as text, a purpose the contract does not have, content that is neither a photo nor a
 * PDF, an empty file, a boundary that does not match the header — each of which the API must refuse.
 * The body is built byte by byte with a fixed boundary, so a replay sends the very same request.
 */
import fc from 'fast-check';

export interface MultipartPart {
  name: string;
  /** Present for a file part. */
  filename?: string;
  contentType?: string;
  data: Uint8Array | string;
}

export interface MultipartForm {
  parts: MultipartPart[];
}

/**
 * The multipart operations and forms of theirs that can succeed (every such operation still has its
 * line in `fuzz-operations.ts`, like any other).
 */
export const MULTIPART_FORMS: Record<string, () => MultipartForm[]> = {
  createFile: () => [
    { parts: [{ name: 'purpose', data: 'claim_evidence' }, { name: 'file', filename: 'receipt.jpg', contentType: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9]) }] },
    { parts: [{ name: 'file', filename: '证书.pdf', data: '%PDF-1.7\n%%EOF\n' }, { name: 'purpose', data: 'certificate' }] },
    {
      parts: [
        { name: 'purpose', data: 'legal_evidence' },
        { name: 'file', filename: 'chat.png', contentType: 'application/octet-stream', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) },
      ],
    },
  ],
};

export const MULTIPART_TWISTS = [
  'drop-file',
  'drop-purpose',
  'unknown-purpose',
  'extra-part',
  'file-as-text',
  'twice',
  'not-a-photo',
  'empty-file',
  'wrong-boundary',
] as const;
export type MultipartTwist = (typeof MULTIPART_TWISTS)[number];

export type MultipartPick = { kind: 'multipart'; index: number; twist: MultipartTwist | null };

export function multipartArb(benign: boolean): fc.Arbitrary<MultipartPick> {
  const plain = fc.nat().map((index) => ({ kind: 'multipart' as const, index, twist: null }));
  if (benign) return plain;
  return fc.oneof(
    { weight: 2, arbitrary: plain },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('multipart' as const), index: fc.nat(), twist: fc.constantFrom(...MULTIPART_TWISTS) }) },
  );
}

const BOUNDARY = 'fuzz-boundary-7MA4YWxkTrZu0gW';

function twisted(form: MultipartForm, twist: MultipartTwist | null): MultipartPart[] {
  const parts = form.parts.map((p) => ({ ...p }));
  const file = parts.find((p) => p.filename !== undefined);
  switch (twist) {
    case null:
    case 'wrong-boundary':
      return parts;
    case 'drop-file':
      return parts.filter((p) => p !== file);
    case 'drop-purpose':
      return parts.filter((p) => p.name !== 'purpose');
    case 'unknown-purpose':
      return parts.map((p) => (p.name === 'purpose' ? { ...p, data: 'selfie' } : p));
    case 'extra-part':
      return [...parts, { name: 'note', data: 'x' }];
    case 'file-as-text':
      return parts.map((p) => (p === file ? { name: p.name, data: 'not a file part' } : p));
    case 'twice':
      return file ? [...parts, { ...file }] : parts;
    case 'not-a-photo':
      return parts.map((p) => (p === file ? { ...p, data: 'GIF89a, or anything but a photo or a PDF' } : p));
    case 'empty-file':
      return parts.map((p) => (p === file ? { ...p, data: '' } : p));
  }
}

/** The body and its Content-Type, and why the API must refuse it (null: it must be accepted). */
export function multipartBody(form: MultipartForm, twist: MultipartTwist | null): { bytes: Buffer; contentType: string; invalid: string | null } {
  const chunks: Buffer[] = [];
  for (const part of twisted(form, twist)) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    const head = `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  const boundary = twist === 'wrong-boundary' ? `${BOUNDARY}-other` : BOUNDARY;
  return { bytes: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, invalid: twist === null ? null : `a multipart body twisted: ${twist}` };
}
