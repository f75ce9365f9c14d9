// The Traditional Chinese tables (zh-TW, zh-HK) are generated from the Simplified ones at build time
// with OpenCC (scripts/generate-l10n.mjs) and committed: this fails when a zh-CN table changed, or a
// table was added, without `npm run generate:l10n -w @unionkit/widgets`; and it pins how the union's
// fixed terms come out in each variant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { SRC, generate, stale } from '../scripts/generate-l10n.mjs';

test('the generated zh-TW and zh-HK tables are those of the current zh-CN tables (else run npm run generate:l10n)', () => {
  const files = generate();
  // Not vacuous: the shared table and every widget's tables are covered, two variants each.
  assert.ok(files.has(join(SRC, 'internal', 'localize', 'zh-TW.ts')));
  assert.ok(files.has(join(SRC, 'internal', 'localize', 'generated', 'membershipFlow.zh-HK.ts')));
  assert.ok([...files.keys()].filter((f) => f.endsWith('.zh-TW.ts')).length >= 19);
  assert.deepEqual(stale(files), []);
});

test('a changed zh-CN string makes its generated tables stale', () => {
  const files = generate();
  const path = join(SRC, 'internal', 'localize', 'zh-TW.ts');
  files.set(path, files.get(path)!.replace('重試', '再試'));
  assert.deepEqual(stale(files), ['src/internal/localize/zh-TW.ts']);
});

/** The union's fixed terms: Simplified → Taiwan (twp), Hong Kong (hk). */
const TERMS: [string, string, string][] = [
  ['上海市总工会', '上海市總工會', '上海市總工會'],
  ['工会', '工會', '工會'],
  ['会员', '會員', '會員'],
  ['互助保障', '互助保障', '互助保障'],
  ['职工服务热线 12351', '職工服務熱線 12351', '職工服務熱線 12351'],
  ['外卖骑手', '外賣騎手', '外賣騎手'],
  ['网约车司机', '網約車司機', '網約車司機'],
  ['正在加载…', '正在載入…', '正在加載…'],
];

test("the union's fixed terms come out right in both variants", () => {
  const tw = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  for (const [cn, twWant, hkWant] of TERMS) {
    assert.equal(tw(cn), twWant, `zh-TW of ${cn}`);
    assert.equal(hk(cn), hkWant, `zh-HK of ${cn}`);
  }
  // And they are what the generated shared tables say.
  for (const [variant, want] of [['zh-TW', 1], ['zh-HK', 2]] as const) {
    const table = readFileSync(join(SRC, 'internal', 'localize', `${variant}.ts`), 'utf8');
    assert.match(table, new RegExp(`hotlineLabel: '${TERMS[4]![want].replace(' 12351', '')}'`));
    assert.match(table, new RegExp(`loading: '${TERMS[7]![want]}'`));
    assert.match(table, new RegExp(`locale: '${variant}'`));
  }
});
