// Tokens that grant access come from a CSPRNG whose bytes are drawn in blocks (src/store/ids.ts): each
// byte serves one character only, across block boundaries too, so no two tokens share their randomness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secureToken } from '../src/store/ids.js';

test('tokens are prefix_ and base-62 characters of the asked length, and never repeat, across many blocks of random bytes', () => {
  const seen = new Set<string>();
  const halves = new Set<string>();
  // ~1,000 tokens of 32 characters use about ten blocks of 4 KiB.
  for (let i = 0; i < 1000; i++) {
    const token = secureToken('wst');
    assert.match(token, /^wst_[0-9A-Za-z]{32}$/);
    seen.add(token);
    halves.add(token.slice(4, 20));
    halves.add(token.slice(20));
  }
  assert.equal(seen.size, 1000);
  assert.equal(halves.size, 2000, 'no run of 16 characters appears twice');
  assert.match(secureToken('whsec', 48), /^whsec_[0-9A-Za-z]{48}$/);
});
