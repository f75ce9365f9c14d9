// The browser entry must stay free of Node built-ins and of import-time DOM access.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
/** The contract package's entries, followed like the SDK's own modules. */
const contract: Record<string, string> = {
  '@unionkit/contract': resolve(src, '../../contract/src/index.ts'),
  '@unionkit/contract/schemas': resolve(src, '../../contract/src/schemas/index.ts'),
  '@unionkit/contract/validators': resolve(src, '../../contract/src/validators.ts'),
};

/** Every module reachable from `entry` by relative imports, with its bare imports. */
function graph(entry: string) {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    const bare: string[] = [];
    seen.set(file, bare);
    for (const s of specifiers) {
      if (s.startsWith('.')) visit(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
      else if (contract[s]) visit(contract[s]);
      else bare.push(s);
    }
  };
  visit(entry);
  return seen;
}

test('src/index.ts reaches no Node built-in and only zod/mini, through the contract too', () => {
  const modules = graph(resolve(src, 'index.ts'));
  assert.ok(modules.size > 10);
  assert.ok([...modules.keys()].some((f) => f.includes('/contract/src/')), 'the contract is followed');
  for (const [file, bare] of modules) {
    assert.ok(!file.includes('/server/'), `${file} is server-only`);
    for (const s of bare) assert.ok(['zod/mini'].includes(s), `${file} imports ${s}`);
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\bBuffer\b|\bprocess\./, `${file} uses a Node global`);
  }
});

test('the browser entry imports without window or document', async () => {
  const g = globalThis as { window?: unknown; document?: unknown };
  assert.equal(g.window, undefined);
  assert.equal(g.document, undefined);
  const sdk = await import('@unionkit/sdk');
  assert.equal(typeof sdk.UnionClient, 'function');
});
