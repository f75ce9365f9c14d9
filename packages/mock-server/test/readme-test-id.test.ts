// The README's test resident ID: valid, registered in Shanghai, and of an age every plan admits
// (the standard's 1949 example blocked every plan); the quickstart uses the same one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResidentId } from '@unionkit/sdk/validators';
import { becomeMember, startHarness } from './support/harness.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

test('the README names one test resident ID, valid, Shanghai, within every plan\'s ages', async (t) => {
  const row = /\| test resident ID \| `(\d{17}[\dX])` \|/.exec(readme);
  assert.ok(row, 'the Sandbox test keys table names the test resident ID');
  const id = row[1]!;
  const quickstartIds = [...readme.matchAll(/residentIdNumber: '([^']+)'/g)].map((m) => m[1]);
  assert.ok(quickstartIds.length > 0 && quickstartIds.every((q) => q === id), 'the quickstart uses the same ID');
  const parsed = parseResidentId(id);
  assert.ok(parsed.valid, 'a valid GB 11643 check digit');
  assert.match(parsed.regionCode, /^31/, 'a Shanghai region code');

  const h = await startHarness(t);
  const token = await h.session({ attestation: { activeOrdersLast7Days: 30 } });
  await becomeMember(h, token, { residentIdNumber: id });
  const plans = await h.call('GET', '/insurance-plans', { token });
  for (const plan of plans.body.data) {
    const res = await h.call('GET', `/insurance-plans/${plan.id}/eligibility`, { token });
    assert.ok(!res.body.reasons.includes('age_out_of_range') && !res.body.reasons.includes('birth_date_required'), plan.id);
  }
});
