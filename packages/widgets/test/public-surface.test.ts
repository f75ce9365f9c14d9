// The package root exports what the README's "Exports" section lists, and nothing more: the shared
// machinery (base class, context, localisation, formatting) is not part of the public surface, so it
// can change without breaking a host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');

/** The names in backticks in the README's "## Exports" list items. */
function documentedExports(): string[] {
  const section = /^## Exports\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  assert.ok(section, 'README.md has an "## Exports" section');
  const items = section.split('\n').filter((line, i, lines) => line.startsWith('- ') || (line.startsWith('  ') && lines.slice(0, i).some((l) => l.startsWith('- '))));
  return [...items.join('\n').replace(/ — [^\n]*/g, '').matchAll(/`([A-Za-z_]\w*)`/g)].map((m) => m[1]!).sort();
}

test('@unionkit/widgets exports exactly what its README documents', async () => {
  const root = await import('@unionkit/widgets');
  const documented = documentedExports();
  assert.ok(documented.length >= 8, `found ${documented.length} documented names`);
  assert.deepEqual(Object.keys(root).sort(), documented);
});
