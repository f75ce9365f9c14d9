#!/usr/bin/env -S npx tsx
// Writes src/seed/pinyin.ts: the pinyin of every proper name (street and town stems, road stems) that
// the seed's English names need (`src/seed/english.ts` says which). Run it after the divisions or the
// roads change:
//
//   npx tsx packages/mock-server/scripts/romanise-places.ts [path/to/pinyin-pro]
//
// pinyin-pro is NOT a dependency of the repo: without a path the script installs it into a temporary
// directory. Readings pinyin-pro gets wrong for place names (多音字) are fixed in READINGS below.
// The output is deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { streets } from '../src/seed/divisions.js';
import { properNameStems } from '../src/seed/english.js';

const VERSION = '3.29.4';
/** Characters read differently in Shanghai place names than pinyin-pro reads them (多音字). */
const READINGS: Record<string, string> = { 行: 'hang', 莘: 'xin', 重: 'chong', 都: 'du' };

const here = dirname(fileURLToPath(import.meta.url));
let dir = process.argv[2] ? resolve(process.argv[2]) : '';
let cleanup = () => {};
if (!dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'pinyin-pro-'));
  console.error(`installing pinyin-pro@${VERSION} into ${tmp} …`);
  execFileSync('npm', ['install', '--prefix', tmp, '--no-audit', '--no-fund', '--no-save', `pinyin-pro@${VERSION}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  dir = join(tmp, 'node_modules/pinyin-pro');
  cleanup = () => rmSync(tmp, { recursive: true, force: true });
}
const { pinyin } = createRequire(import.meta.url)(dir) as { pinyin: (text: string, o: object) => string[] };
const lines = properNameStems(streets).map((stem) => {
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true });
  const reading = [...stem].map((ch, i) => READINGS[ch] ?? syllables[i]!.replace(/v/g, 'ü')).join(' ');
  return `  ${JSON.stringify(stem)}: ${JSON.stringify(reading)},`;
});
writeFileSync(
  join(here, '../src/seed/pinyin.ts'),
  `// generated — do not edit. Pinyin of the proper names in the seed's English names (see ./english.ts);\n` +
    `// regenerate with \`npx tsx packages/mock-server/scripts/romanise-places.ts\`.\n` +
    `export const PINYIN: Readonly<Record<string, string>> = {\n${lines.join('\n')}\n};\n`,
);
cleanup();
console.error(`wrote ${lines.length} readings`);
