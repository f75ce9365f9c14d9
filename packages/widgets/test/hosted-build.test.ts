// What the union's hosted page loads up front (dist/hosted, `npm run build -w @unionkit/widgets` first):
// its words in zh-CN, and nothing of another locale — the en table and the Traditional Chinese ones
// generated from zh-CN come only when the page speaks them, as the widgets' do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'hosted');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

/** The page's script and every chunk it imports statically (`import … from "./x.js"`, not `import("./x.js")`). */
function upFront(entry: string): Set<string> {
  const out = new Set([entry]);
  for (const file of out) {
    for (const m of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([^"']+\.js)["']/g)) out.add(m[1]!);
  }
  return out;
}

test('the hosted page loads its zh-CN words up front, its en and Traditional Chinese words only on demand', () => {
  assert.ok(existsSync(join(dir, 'hosted.js')), 'no dist/hosted/hosted.js: run `npm run build -w @unionkit/widgets` first');
  const loaded = [...upFront('hosted.js')].map(read).join('\n');
  const all = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const anywhere = (text: string) => all.filter((f) => read(f).includes(text));
  // zh-CN up front; the others built, each in a chunk of its own that the page does not import statically
  assert.ok(loaded.includes('上海工会服务'), 'zh-CN words up front');
  for (const [text, locale] of [
    ['Shanghai Trade Union services', 'en'],
    ['上海工會服務', 'zh-TW / zh-HK'],
    ['驗證手機號', 'the SMS step in zh-TW / zh-HK'],
  ]) {
    assert.ok(anywhere(text!).length > 0, `${locale} is in the build`);
    assert.ok(!loaded.includes(text!), `${locale} is not loaded up front`);
  }
});
