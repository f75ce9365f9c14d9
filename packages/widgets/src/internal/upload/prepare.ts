/**
 * `prepareImage(file)`: what is uploaded for a picked file. A photo is decoded (`createImageBitmap`,
 * turned upright by its EXIF orientation), scaled down to at most `MAX_EDGE_PX` on its longer edge and
 * encoded again as JPEG on a canvas — which writes pixels only, so every EXIF field, the GPS location
 * included, is gone, and a 4 MB phone photo becomes a few hundred KB that a claim can send on a weak
 * network. A PDF is sent as it is. Anything else (read from its first bytes, as the API reads it) is
 * refused with `unsupported_file_type`; a result over 10 MiB with `file_too_large`.
 */
import { FILE_SIGNATURE_BYTES, MAX_FILE_BYTES, sniffFileType, type FileContentType } from '@unionkit/contract';

/** Longest edge of an uploaded photo, in pixels: a receipt or a certificate stays legible. */
export const MAX_EDGE_PX = 1600;
/** JPEG quality of an uploaded photo. */
export const JPEG_QUALITY = 0.82;
/** Longest edge of the thumbnail shown in the list. */
const THUMBNAIL_EDGE_PX = 96;

export type PrepareErrorCode = 'unsupported_file_type' | 'file_too_large';

/** A file that cannot be uploaded; `code` is the API's own, so the same message shows. */
export class PrepareError extends Error {
  readonly code: PrepareErrorCode;
  constructor(code: PrepareErrorCode) {
    super(code);
    this.name = 'PrepareError';
    this.code = code;
  }
}

export interface PreparedFile {
  /** What is sent: the re-encoded photo, or the PDF as picked. */
  blob: Blob;
  /** The name sent with it (a photo's extension becomes `.jpg`). */
  name: string;
  contentType: FileContentType;
  /** A small JPEG data URL of a photo, for the list (none for a PDF). */
  thumbnail?: string;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function canvasOf(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas === 'function') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** The bitmap drawn at `width`×`height` on white (a transparent PNG would turn black as JPEG). */
function draw(bitmap: ImageBitmap, width: number, height: number): AnyCanvas {
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new PrepareError('unsupported_file_type');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

function encode(canvas: AnyCanvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PrepareError('unsupported_file_type'))), 'image/jpeg', quality),
  );
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || 'image/jpeg'};base64,${btoa(binary)}`;
}

/** `width`×`height` scaled to fit `edge` on the longer side (never enlarged). */
export function fitWithin(width: number, height: number, edge: number): { width: number; height: number } {
  const scale = Math.min(1, edge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]{1,5}$/, '');
  return `${base || 'photo'}.jpg`;
}

/** Prepares a picked file for upload (see the module's comment). Rejects with a `PrepareError`. */
export async function prepareImage(file: Blob, name = file instanceof File ? file.name : 'photo'): Promise<PreparedFile> {
  const type = sniffFileType(new Uint8Array(await file.slice(0, FILE_SIGNATURE_BYTES).arrayBuffer()));
  if (type === null) throw new PrepareError('unsupported_file_type');
  if (type === 'application/pdf') {
    if (file.size > MAX_FILE_BYTES) throw new PrepareError('file_too_large');
    return { blob: file.type === type ? file : new Blob([file], { type }), name, contentType: type };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    // The first bytes said "photo" but the rest cannot be decoded.
    throw new PrepareError('unsupported_file_type');
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, MAX_EDGE_PX);
    const blob = await encode(draw(bitmap, size.width, size.height), JPEG_QUALITY);
    if (blob.size > MAX_FILE_BYTES) throw new PrepareError('file_too_large');
    const thumb = fitWithin(bitmap.width, bitmap.height, THUMBNAIL_EDGE_PX);
    const thumbnail = await dataUrl(await encode(draw(bitmap, thumb.width, thumb.height), 0.7));
    return { blob, name: jpegName(name), contentType: 'image/jpeg', thumbnail };
  } finally {
    bitmap.close();
  }
}
