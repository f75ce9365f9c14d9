// How the rider app's files travel on a weak network (a rider at 400 kbps and 400 ms): compressed
// (brotli, else gzip, as the browser's Accept-Encoding allows; node:zlib), validated by a strong ETag
// per representation (If-None-Match → 304, no body), and cached by what they are: content-hashed
// bundle chunks for a year (`immutable`), everything else (`index.html`, `app.js`, the widget entry
// files) revalidated on every use (`no-cache`). `preloadLinks()` names the chunks that load with the
// entries, so the page can ask for them at once instead of discovering them one round trip late.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Cache-Control of a file that never changes under its name (its name carries a content hash). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of a file that may change under its name: kept, but revalidated before each use. */
export const REVALIDATE = 'no-cache';

export const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  // No URL of the rider app (which may say which tab a rider has open) goes to another site.
  'referrer-policy': 'no-referrer',
};

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json)|image\/svg\+xml)/;
/** Below this, compressing saves less than its own headers cost. */
const MIN_COMPRESS_BYTES = 512;

/** Rollup names shared chunks `[name].[hash].js` (8 characters of base64url): those never change. */
export function isContentHashed(name) {
  return /\.[A-Za-z0-9_-]{8}\.(?:js|css)(?:\.map)?$/.test(name);
}

/**
 * The encoding to answer with, from `Accept-Encoding`: the acceptable one with the highest q-value,
 * brotli before gzip on a tie (it is smaller); `identity` when neither is acceptable.
 */
export function negotiateEncoding(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (name) => q.get(name) ?? q.get('*') ?? 0;
  const candidates = ['br', 'gzip'].filter((e) => of(e) > 0);
  candidates.sort((a, b) => of(b) - of(a));
  return candidates[0] ?? 'identity';
}

/** Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for GET). */
function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * Compressed copies, by content hash and encoding. Bounded: the files are the app's few and the
 * bundle's chunks, plus index.html per host name; the oldest entry goes when it is full.
 */
const compressed = new Map();
const MAX_COMPRESSED = 128;

async function encode(body, hash, encoding) {
  const key = `${hash}:${encoding}`;
  let entry = compressed.get(key);
  if (!entry) {
    entry =
      encoding === 'br'
        ? brotli(body, {
            params: {
              [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
              [zlib.BROTLI_PARAM_QUALITY]: 11,
              [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : gzipAsync(body, { level: 9 });
    compressed.set(key, entry);
    entry.catch(() => compressed.delete(key));
    while (compressed.size > MAX_COMPRESSED) compressed.delete(compressed.keys().next().value);
  }
  return entry;
}

/**
 * Answers `body` as the representation the request asks for: compressed when the type compresses
 * and the browser accepts it, with `Vary: Accept-Encoding`, a strong ETag of that representation, and
 * 304 when the browser already holds it. `headers` are the response's own (type, cache, CSP, …).
 */
export async function sendRepresentation(req, res, status, body, headers) {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  const hash = createHash('sha256').update(buffer).digest('base64url').slice(0, 27);
  const type = String(headers['content-type'] ?? '');
  const compressible = COMPRESSIBLE.test(type);
  const encoding = compressible && buffer.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
  const etag = `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
  const out = {
    ...COMMON_HEADERS,
    ...headers,
    etag,
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  };
  if (status === 200 && matches(req.headers['if-none-match'], etag)) {
    const { 'content-encoding': _encoding, ...notModified } = out;
    res.writeHead(304, notModified).end();
    return;
  }
  const payload = encoding === 'identity' ? buffer : await encode(buffer, hash, encoding);
  res.writeHead(status, { ...out, 'content-length': payload.length });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/**
 * Serves `name` from `dir` (never outside it) with `cacheControl`. Answers false when there is no
 * such file, so the caller can go on to a 404.
 */
export async function sendFile(req, res, dir, name, cacheControl) {
  const root = resolve(dir);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep)) return false;
  let info;
  try {
    info = await stat(path);
  } catch {
    return false;
  }
  if (!info.isFile()) return false;
  const ext = /\.[a-z]+$/.exec(name)?.[0] ?? '';
  await sendRepresentation(req, res, 200, await readFile(path), {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'cache-control': cacheControl,
  });
  return true;
}

/**
 * `<link rel="modulepreload">` tags for `entries` (entry file names) of the widget bundle and every chunk
 * that loads with them, served under `urlPrefix`: each entry's `preload` list in the build's manifest
 * (`chunks.json`, written beside the chunks), read once. Without a manifest, the entries alone.
 */
export async function preloadLinks(dir, entries, urlPrefix) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'chunks.json'), 'utf8'));
  } catch {
    manifest = { entries: {} };
  }
  const byFile = new Map(Object.values(manifest.entries ?? {}).map((entry) => [entry.file, entry.preload]));
  const files = new Set(entries.flatMap((file) => [file, ...(byFile.get(file) ?? [])]));
  return [...files].map((file) => `<link rel="modulepreload" href="${urlPrefix}${file}" />`).join('\n    ');
}
