import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isValidMobile,
  isValidResidentId,
  maskMobile,
  maskResidentId,
  normaliseMobile,
  parseResidentId,
  residentIdCheckChar,
} from '@unionkit/contract';
import * as sdk from '@unionkit/sdk';
import * as sdkValidators from '@unionkit/sdk/validators';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** The check character, computed here independently of the code under test. */
function check(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
const withCheck = (first17: string) => first17 + check(first17);

test('the SDK exports the contract validators themselves, from its main entry and @unionkit/sdk/validators', () => {
  for (const entry of [sdk, sdkValidators]) {
    assert.equal(entry.isValidResidentId, isValidResidentId);
    assert.equal(entry.isValidMobile, isValidMobile);
    assert.equal(entry.parseResidentId, parseResidentId);
  }
});

test('known-good resident IDs', () => {
  // Σ aᵢwᵢ = 287 → 287 mod 11 = 1 → 'X'.
  assert.equal(check('11010519491231002'), 'X');
  assert.deepEqual(parseResidentId('11010519491231002X'), {
    valid: true,
    regionCode: '110105',
    birthDate: '1949-12-31',
    sex: 'female',
  });
  assert.equal(isValidResidentId('11010519491231002x'), true, 'a lower-case x is accepted');
  const shanghai = withCheck('31010419900307123');
  assert.deepEqual(parseResidentId(shanghai), { valid: true, regionCode: '310104', birthDate: '1990-03-07', sex: 'male' });
  assert.equal(isValidResidentId(withCheck('31011520000229004')), true, '29 Feb of a leap year');
});

test('440524188001010014: the check digit is right, but a birth in 1880 is refused', () => {
  // The GB 11643 textbook example: Σ = 213, 213 mod 11 = 4 → '4', so the checksum holds.
  assert.equal(check('44052418800101001'), '4');
  assert.equal(residentIdCheckChar('44052418800101001'), '4');
  // No living worker was born before 1900: the validator reports the birth date.
  assert.deepEqual(parseResidentId('440524188001010014'), { valid: false, problem: 'birth_date' });
});

test('known-bad resident IDs', () => {
  const good = withCheck('31010419900307123');
  const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  assert.deepEqual(parseResidentId(wrong), { valid: false, problem: 'checksum' });
  assert.deepEqual(parseResidentId(withCheck('31010419900230123')), { valid: false, problem: 'birth_date' }, 'Feb 30');
  assert.deepEqual(parseResidentId(withCheck('31010420010229123')), { valid: false, problem: 'birth_date' }, '29 Feb 2001');
  assert.deepEqual(parseResidentId(withCheck('31010419901301123')), { valid: false, problem: 'birth_date' }, 'month 13');
  const today = new Date(Date.UTC(2026, 10, 2));
  assert.deepEqual(parseResidentId(withCheck('31010420261103123'), today), { valid: false, problem: 'birth_date' }, 'future');
  assert.equal(parseResidentId(withCheck('31010420261102123'), today).valid, true, 'born today');
  assert.deepEqual(parseResidentId(good.slice(0, 17)), { valid: false, problem: 'format' }, '17 characters');
  assert.deepEqual(parseResidentId(good + '0'), { valid: false, problem: 'format' }, '19 characters');
  assert.deepEqual(parseResidentId('3101041990030712AB'), { valid: false, problem: 'format' }, 'letters');
  assert.deepEqual(parseResidentId('31010419900307X234'), { valid: false, problem: 'format' }, 'X not last');
  assert.deepEqual(parseResidentId(withCheck('01010419900307123')), { valid: false, problem: 'region' });
  assert.equal(isValidResidentId(''), false);
});

test('masking a resident ID keeps region and check character', () => {
  assert.equal(maskResidentId('11010519491231002x'), '110105********002X');
});

test('mobiles', () => {
  for (const good of ['13800138000', '19912345678', '+8613800138000', '138 0013 8000', '138-0013-8000']) {
    assert.equal(isValidMobile(good), true, good);
  }
  for (const bad of ['12800138000', '1380013800', '138001380000', '+8513800138000', 'abcdefghijk', '']) {
    assert.equal(isValidMobile(bad), false, bad);
  }
  assert.equal(normaliseMobile('+86 138 0013 8000'), '13800138000');
  assert.equal(normaliseMobile('123'), null);
  assert.equal(maskMobile('13800138000'), '138****8000');
});
