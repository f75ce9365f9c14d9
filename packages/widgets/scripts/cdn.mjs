/**
 * The CDN build's output plugin (`dist/cdn/`, the bundle again with every file named by its content,
 * entries too, so a CDN may cache each file for good): once the files are written it adds
 *
 * - `sri.json`: `{ version, entries: { <widget>: { file, preload } }, integrity: { <file>: "sha384-…" } }`,
 *   the Subresource Integrity of every script, and for each widget its entry and the chunks it imports;
 * - `loader.js`: the one file with a fixed name (cache it briefly), scripts/cdn-loader.js with that
 *   manifest inlined; it adds the requested widgets' scripts with their `integrity`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url);

/** `sha384-…` of a file's bytes, as an `integrity` attribute wants it. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * @param {{ version: string, chunks?: string }} options `chunks`: the chunk manifest the bundle writes
 *   (scripts/chunk-plan.mjs), from which each widget's files are read.
 */
export function cdnManifest({ version, chunks = 'chunks.json' }) {
  return {
    name: 'cdn-manifest',
    writeBundle(options, bundle) {
      const dir = options.dir;
      const plan = JSON.parse(readFileSync(join(dir, chunks), 'utf8'));
      const integrity = {};
      for (const file of Object.keys(bundle).filter((f) => f.endsWith('.js')).sort()) {
        integrity[file] = integrityOf(readFileSync(join(dir, file)));
      }
      const entries = Object.fromEntries(
        Object.entries(plan.entries)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, entry]) => [name, { file: entry.file, preload: entry.preload }]),
      );
      const manifest = { version, entries, integrity };
      writeFileSync(join(dir, 'sri.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      const loader = readFileSync(new URL('cdn-loader.js', here), 'utf8').replace('__MANIFEST__', () => JSON.stringify(manifest));
      writeFileSync(join(dir, 'loader.js'), loader);
    },
  };
}
