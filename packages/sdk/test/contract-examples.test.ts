// The contract's examples are what partners copy: each must satisfy its JSON schema (Ajv, draft
// 2020-12 as OpenAPI 3.1 uses) AND the SDK's zod validator of the same schema, so the validators
// cannot drift from the contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as schemas from '@unionkit/sdk/schemas';

const documentUrl = new URL('../../../openapi/unionkit.yaml', import.meta.url);
const contract = parse(readFileSync(fileURLToPath(documentUrl), 'utf8'));

interface Example {
  where: string;
  schemaName: string;
  value: unknown;
}

/** Every example attached to a media type whose schema is a component `$ref`. */
function collectExamples(): Example[] {
  const found: Example[] = [];
  const visit = (node: unknown, where: string): void => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const schema = record.schema as { $ref?: string } | undefined;
    if (schema?.$ref?.startsWith('#/components/schemas/') && (record.examples || 'example' in record)) {
      const schemaName = schema.$ref.slice('#/components/schemas/'.length);
      const examples = (record.examples ?? { example: { value: record.example } }) as Record<string, unknown>;
      for (const [name, example] of Object.entries(examples)) {
        const resolved = resolveRef(example) as { value?: unknown };
        if (resolved && 'value' in resolved) found.push({ where: `${where} ${name}`, schemaName, value: resolved.value });
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${where}/${key}`);
  };
  visit(contract.paths, 'paths');
  visit(contract.webhooks, 'webhooks');
  visit(contract.components?.responses, 'responses');
  visit(contract.components?.requestBodies, 'requestBodies');
  return found;
}

function resolveRef(node: unknown): unknown {
  const ref = (node as { $ref?: string } | null)?.$ref;
  if (!ref) return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], contract);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...contract, $id: 'unionkit.yaml' });

const examples = collectExamples();

test('the contract carries examples for its operations', () => {
  assert.ok(examples.length >= 60, `only ${examples.length} examples found`);
});

test('every example satisfies its JSON schema in the contract', () => {
  const failures: string[] = [];
  for (const example of examples) {
    const validate = ajv.getSchema(`unionkit.yaml#/components/schemas/${example.schemaName}`)!;
    if (!validate(example.value)) failures.push(`${example.where}: ${ajv.errorsText(validate.errors)}`);
  }
  assert.deepEqual(failures, []);
});

test('every example passes the SDK validator generated for the same schema', () => {
  const failures: string[] = [];
  const zodFor = schemas as unknown as Record<string, { safeParse(v: unknown): { success: boolean; error?: unknown } }>;
  let checked = 0;
  for (const example of examples) {
    const validator = example.schemaName === 'MembershipApplicationCreate'
      ? schemas.membershipApplicationCreate
      : zodFor[`z${example.schemaName}`];
    assert.ok(validator, `no generated validator z${example.schemaName}`);
    const result = validator.safeParse(example.value);
    checked++;
    if (!result.success) failures.push(`${example.where}: ${String(result.error)}`);
  }
  assert.deepEqual(failures, []);
  assert.equal(checked, examples.length);
});
