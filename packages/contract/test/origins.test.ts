// The one rule for registered origin patterns, used by the sandbox's CORS and the hosted page's parent check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { originMatches } from '@unionkit/contract';

test('an origin pattern matches exactly, `:*` standing for any port or none', () => {
  assert.equal(originMatches('https://rider.example', 'https://rider.example'), true);
  assert.equal(originMatches('capacitor://localhost', 'capacitor://localhost'), true);
  assert.equal(originMatches('http://localhost:8080', 'http://localhost:*'), true);
  assert.equal(originMatches('http://localhost', 'http://localhost:*'), true);
  for (const origin of ['https://rider.example.evil', 'https://evil.rider.example', 'http://rider.example', 'https://rider.example:443x']) {
    assert.equal(originMatches(origin, 'https://rider.example'), false, origin);
  }
  for (const origin of ['http://localhost.evil:80', 'http://localhost:80x', 'http://localhost:', 'https://localhost:80', 'http://localhostx:1']) {
    assert.equal(originMatches(origin, 'http://localhost:*'), false, origin);
  }
});

test('null (every opaque page sends it) matches only a pattern that is literally null: no wildcard stands for it', () => {
  assert.equal(originMatches('null', 'null'), true);
  for (const pattern of ['null:*', 'http://localhost:*', 'https://localhost', '*', '']) assert.equal(originMatches('null', pattern), false, pattern);
  for (const origin of ['null:8080', 'https://null', 'file://']) assert.equal(originMatches(origin, 'null'), false, origin);
});

test('app schemes match exactly, as a native webview reports them', () => {
  for (const origin of ['capacitor://localhost', 'ionic://localhost', 'https://localhost']) assert.equal(originMatches(origin, origin), true, origin);
  assert.equal(originMatches('capacitor://localhost', 'ionic://localhost'), false);
  assert.equal(originMatches('capacitor://localhost:8080', 'capacitor://localhost'), false);
  assert.equal(originMatches('https://localhost', 'http://localhost:*'), false);
});
