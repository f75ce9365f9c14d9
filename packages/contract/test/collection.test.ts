// The Postman collection `npm run docs` generates from the contract (scripts/docs/collection.mjs):
// every operation once, each with the credential it needs, and usable as it stands against a sandbox.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { startMockServer } from '@unionkit/mock-server/node';
import { buildCollection, contractOperations, type ContractOperation } from '../../../scripts/docs/collection.mjs';

interface PostmanRequest {
  method: string;
  url: { host: string[]; path: string[]; query?: Array<{ key: string; value: string; disabled?: boolean }> };
  header: Array<{ key: string; value: string; disabled?: boolean }>;
  auth: { type: string; bearer?: Array<{ value: string }> };
  body?: { raw?: string };
}
interface PostmanItem {
  name: string;
  item?: PostmanItem[];
  request: PostmanRequest;
  event?: Array<{ listen: string; script: { exec: string[] } }>;
}

const yamlText = readFileSync(new URL('../../../openapi/unionkit.yaml', import.meta.url), 'utf8');
const operations: ContractOperation[] = contractOperations(parse(yamlText));
let collection: { item: PostmanItem[]; variable: Array<{ key: string; value: string }> };
let sandbox: Awaited<ReturnType<typeof startMockServer>>;

const requests = (items: PostmanItem[]): PostmanItem[] => items.flatMap((i) => (i.item ? requests(i.item) : [i]));
const find = (operationId: string) => requests(collection.item).find((i) => i.name.endsWith(`(${operationId})`))!;

before(async () => {
  collection = await buildCollection(yamlText);
  sandbox = await startMockServer({ port: 0 });
});
after(() => sandbox?.close());

test('every operation of the contract is in the collection once, with the credential it needs', () => {
  const items = requests(collection.item);
  assert.equal(items.length, operations.length);
  for (const op of operations) {
    const matching = items.filter((i) => i.name.endsWith(`(${op.operationId})`));
    assert.equal(matching.length, 1, op.operationId);
    const { request } = matching[0]!;
    assert.equal(request.method, op.method, op.operationId);
    const token = request.auth.bearer?.[0]?.value;
    assert.equal(token, op.scheme ? `{{${op.scheme}}}` : undefined, `${op.operationId} authenticates with ${op.scheme ?? 'nothing'}`);
    const idempotency = request.header.find((h) => h.key === 'Idempotency-Key');
    assert.equal(idempotency?.value, op.method === 'POST' ? '{{$guid}}' : undefined, `${op.operationId}: a fresh key on every POST`);
    const scenario = request.header.find((h) => h.key === 'UnionKit-Sandbox-Scenario');
    assert.ok(!scenario || scenario.disabled, `${op.operationId}: no failure rehearsed by default`);
  }
});

/** Sends a collection request as Postman would, with the collection's variables filled in. */
async function send(item: PostmanItem, variables: Record<string, string>): Promise<Response> {
  const fill = (s: string) => s.replace(/\{\{(\$?\w+)\}\}/g, (_, name: string) => (name === '$guid' ? crypto.randomUUID() : variables[name] ?? ''));
  const { request } = item;
  const query = (request.url.query ?? []).filter((q) => !q.disabled).map((q) => `${q.key}=${encodeURIComponent(fill(q.value))}`);
  const url = `${fill(request.url.host.join(''))}/${request.url.path.map(fill).join('/')}${query.length ? `?${query.join('&')}` : ''}`;
  const headers = new Headers(request.header.filter((h) => !h.disabled).map((h) => [h.key, fill(h.value)] as [string, string]));
  if (request.auth.bearer) headers.set('Authorization', `Bearer ${fill(request.auth.bearer[0]!.value)}`);
  return fetch(url, { method: request.method, headers, body: request.body?.raw ? fill(request.body.raw) : undefined });
}

test('as generated it runs against the sandbox: a widget session is minted and its token read back', async () => {
  const variables = Object.fromEntries(collection.variable.map((v) => [v.key, v.value]));
  assert.equal(variables['secretKey'], 'sk_test_demo_delivery');
  variables['baseUrl'] = `${sandbox.url}/v1`;
  const create = find('createWidgetSession');
  const minted = await send(create, variables);
  assert.equal(minted.status, 201, await minted.clone().text());
  const { clientToken } = (await minted.json()) as { clientToken: string };
  const script = create.event?.find((e) => e.listen === 'test')?.script.exec.join('\n') ?? '';
  assert.match(script, /collectionVariables\.set\("clientToken", pm\.response\.json\(\)\.clientToken\)/, 'the collection keeps the token');
  variables['clientToken'] = clientToken;
  const current = await send(find('getCurrentWidgetSession'), variables);
  assert.equal(current.status, 200, await current.clone().text());
  const membership = await send(find('getMembership'), variables);
  assert.equal(membership.status, 200, await membership.clone().text());
});
