// The generated constants are the contract's own values: each read here from openapi/unionkit.yaml
// independently of the generator, so a contract change without `npm run generate` fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import * as contract from '@unionkit/contract';

const doc = parse(readFileSync(fileURLToPath(new URL('../../../openapi/unionkit.yaml', import.meta.url)), 'utf8'));
const schemas = doc.components.schemas;

test('rules the contract states in x-unionkit extensions', () => {
  assert.equal(contract.NOTICE_VERSION, schemas.ConsentGrant['x-unionkit-notice-version']);
  assert.match(contract.NOTICE_VERSION, new RegExp(schemas.ConsentGrant.properties.noticeVersion.pattern), 'a version a consent can name');
  assert.equal(contract.MIN_MEMBER_AGE, schemas.MembershipApplicationCreate['x-unionkit-min-age']);
  assert.deepEqual(contract.OPEN_APPLICATION_STATUSES, schemas.MembershipApplicationStatus['x-unionkit-open-statuses']);
  for (const status of contract.OPEN_APPLICATION_STATUSES) assert.ok(schemas.MembershipApplicationStatus.enum.includes(status), status);
  assert.equal(contract.JOB_APPLICATION_MESSAGE_MAX, schemas.JobApplicationCreate.properties.message['x-unionkit-max-characters']);
  assert.equal(contract.MAX_REQUEST_BODY_BYTES, doc['x-unionkit-max-request-body-bytes']);
  assert.equal(contract.WEBHOOK_TOLERANCE_SEC, schemas.WebhookSignature['x-unionkit-tolerance-seconds']);
});

test('the signature header is the one every webhook of the contract names', () => {
  const names = Object.values(doc.webhooks as Record<string, { post: { parameters: { name: string; in: string }[] } }>).flatMap((w) =>
    w.post.parameters.filter((p) => p.in === 'header').map((p) => p.name),
  );
  assert.ok(names.length >= 2);
  for (const name of names) assert.equal(name, contract.SIGNATURE_HEADER);
});

test('every enum of the contract, with its values in the contract order', () => {
  const screaming = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const enums = Object.entries(schemas as Record<string, { enum?: string[] }>).filter(([, s]) => Array.isArray(s.enum));
  assert.ok(enums.length > 15);
  for (const [name, schema] of enums) {
    assert.deepEqual((contract as Record<string, unknown>)[`${screaming(name)}_VALUES`], schema.enum, name);
  }
  assert.deepEqual(contract.FIELD_ERROR_CODE_VALUES, schemas.FieldError.properties.code.enum);
});
