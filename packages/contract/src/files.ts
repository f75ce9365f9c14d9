/**
 * What a file is, read from its first bytes — never from its name or declared type — so that the
 * SDK and the widgets refuse, before sending, exactly what `POST /files` refuses
 * (`unsupported_file_type`): JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, WebP `RIFF` + 4 bytes +
 * `WEBP`, PDF `%PDF-`.
 */
import type { FileContentType } from './generated/openapi.js';

/** How many leading bytes `sniffFileType` needs. */
export const FILE_SIGNATURE_BYTES = 16;

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

const SIGNATURES: readonly { type: FileContentType; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/webp', test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
  { type: 'application/pdf', test: (b) => startsWith(b, ascii('%PDF-')) },
];

/** The accepted type `head` (a file's first bytes) starts like, or null when it is none of them. */
export function sniffFileType(head: Uint8Array): FileContentType | null {
  return SIGNATURES.find((s) => s.test(head))?.type ?? null;
}
