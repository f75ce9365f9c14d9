// GET /privacy-notices/{purpose}: a readable notice for every consent purpose and the charter
// summary, in Chinese and English, to any widget session; nothing personal; unknown → 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contract } from './support/contract.js';
import { NOTICE, SK, startHarness } from './support/harness.js';

const schemas = contract.components['schemas'] as Record<string, { enum?: string[] }>;
const PURPOSES = [...(schemas['ConsentPurpose']!.enum ?? []), 'union_charter'];

test('every consent purpose in the contract and the charter have a notice, in zh-CN and en', async (t) => {
  const h = await startHarness(t);
  const token = await h.session({ components: ['jobs'] });
  assert.deepEqual([...PURPOSES].sort(), [...(schemas['NoticePurpose']!.enum ?? [])].sort());
  for (const purpose of PURPOSES) {
    const zh = await h.call('GET', `/privacy-notices/${purpose}`, { token });
    assert.equal(zh.status, 200, zh.text);
    assert.equal(zh.body.purpose, purpose);
    assert.equal(zh.body.version, NOTICE, 'the version a consent must name');
    assert.equal(zh.headers.get('content-language'), 'zh-CN');
    assert.match(zh.body.title, /\p{Script=Han}/u);
    const en = await h.call('GET', `/privacy-notices/${purpose}`, { token, headers: { 'Accept-Language': 'en-GB' } });
    assert.equal(en.headers.get('content-language'), 'en');
    assert.doesNotMatch(`${en.body.title}${en.body.body}`, /\p{Script=Han}/u);
    assert.ok(en.body.body.split('\n\n').length >= 4, `${purpose}: several paragraphs`);
    if (purpose !== 'union_charter') {
      assert.match(zh.body.body, /撤回/, `${purpose}: how to withdraw`);
      assert.match(zh.body.body, /保存/, `${purpose}: how long it is kept`);
      assert.match(en.body.body, /withdraw/i);
      assert.match(en.body.body, /kept/i);
    } else {
      assert.match(zh.body.title, /中国工会章程/);
      assert.match(zh.body.body, /会员的权利/);
    }
  }
});

test('an unknown purpose is a 404 problem; the partner server may read notices too', async (t) => {
  const h = await startHarness(t);
  const token = await h.session();
  const unknown = await h.call('GET', '/privacy-notices/sell_my_data', { token });
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.code, 'not_found');
  assert.equal((await h.call('GET', '/privacy-notices/constructor', { token })).status, 404);
  assert.equal((await h.call('GET', '/privacy-notices/share_status_with_platform', { token: SK })).status, 200);
  assert.equal((await h.call('GET', '/privacy-notices/share_status_with_platform')).status, 401);
});
