// The CDN bundle (`dist/cdn`, `npm run build -w @unionkit/widgets` first): every script named by its
// content, `sri.json` holding the sha384 of each file as it is on disk, and `loader.js` carrying the
// same manifest. The browser test (cdn-loader.browser.test.ts) loads a widget through the loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/cdn', import.meta.url));
type Manifest = { version: string; entries: Record<string, { file: string; preload: string[] }>; integrity: Record<string, string> };

function read(): Manifest {
  assert.ok(existsSync(join(dir, 'sri.json')), 'no dist/cdn/sri.json: run `npm run build -w @unionkit/widgets` first');
  return JSON.parse(readFileSync(join(dir, 'sri.json'), 'utf8')) as Manifest;
}

test('sri.json holds the sha384 of every script in dist/cdn, as the file is', () => {
  const manifest = read();
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'loader.js').sort();
  assert.deepEqual(Object.keys(manifest.integrity).sort(), scripts);
  for (const file of scripts) {
    const expected = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
    assert.equal(manifest.integrity[file], expected, file);
  }
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string };
  assert.equal(manifest.version, pkg.version);
});

test('every script but the loader is named by its content, entries too', () => {
  const manifest = read();
  for (const file of Object.keys(manifest.integrity)) assert.match(file, /^[\w-]+(\.[\w-]+)*\.[\w-]{8}\.js$/, file);
  for (const name of ['provider', 'membership-join', 'insurance-enrol', 'service-map', 'event-signup', 'job-listings', 'help-desk']) {
    const entry = manifest.entries[name];
    assert.ok(entry, name);
    assert.match(entry.file, new RegExp(`^${name}\\.[\\w-]{8}\\.js$`));
    assert.equal(entry.preload[0], entry.file);
    for (const file of entry.preload) assert.ok(manifest.integrity[file], `${name} preloads ${file}, which has an integrity`);
  }
});

test('loader.js carries the same manifest as sri.json', () => {
  const manifest = read();
  const loader = readFileSync(join(dir, 'loader.js'), 'utf8');
  assert.ok(loader.includes(JSON.stringify(manifest)), 'the manifest is inlined as sri.json has it');
  assert.doesNotMatch(loader, /__MANIFEST__/);
});
