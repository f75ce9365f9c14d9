// A Postman (v2.1) collection generated from the contract, which Postman, Bruno and Insomnia import:
// every operation, grouped by tag, with the sandbox's base URL, the right credential per operation
// ({{secretKey}} for the partner's server, {{clientToken}} for a widget session, {{unionToken}} for
// the union's own session), a fresh Idempotency-Key on every POST, and "Create a widget session"
// storing the client token it mints for the requests after it.
import Converter from 'openapi-to-postmanv2';
import { parse } from 'yaml';

const SANDBOX_BASE_URL = 'http://127.0.0.1:4010/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the contract: method, path (with `{param}`), first credential scheme. */
export function contractOperations(doc) {
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const security = op.security ?? doc.security ?? [];
      const scheme = security.map((s) => Object.keys(s)[0]).find(Boolean);
      operations.push({ operationId: op.operationId, method: method.toUpperCase(), path, scheme });
    }
  }
  return operations;
}

function convert(data) {
  const options = { folderStrategy: 'Tags', requestParametersResolution: 'Example', exampleParametersResolution: 'Example' };
  return new Promise((resolve, reject) =>
    Converter.convert({ type: 'string', data }, options, (error, result) => {
      if (error) reject(error);
      else if (!result.result) reject(new Error(`openapi-to-postmanv2: ${result.reason}`));
      else resolve(result.output[0].data);
    }),
  );
}

function* requests(items) {
  for (const item of items) {
    if (item.item) yield* requests(item.item);
    else yield item;
  }
}

/** `/widget-sessions/{id}` from the converter's `[ 'widget-sessions', ':id' ]`. */
const pathOf = (url) => `/${url.path.map((p) => (p.startsWith(':') ? `{${p.slice(1)}}` : p)).join('/')}`;

export async function buildCollection(yamlText) {
  const doc = parse(yamlText);
  const collection = await convert(yamlText);
  const byKey = new Map(contractOperations(doc).map((op) => [`${op.method} ${op.path}`, op]));
  collection.info._postman_id = `unionkit-${doc.info.version}`;
  collection.info.name = `UnionKit API ${doc.info.version}`;
  collection.variable = [
    { key: 'baseUrl', value: SANDBOX_BASE_URL, type: 'string', description: 'The sandbox: npx unionkit-mock --port 4010' },
    { key: 'secretKey', value: 'sk_test_demo_delivery', type: 'string', description: 'The sandbox demo partner\'s secret key; server side only.' },
    { key: 'clientToken', value: '', type: 'string', description: 'Set by "Create a widget session".' },
    { key: 'unionToken', value: '', type: 'string', description: 'A union session token (ust_…), from confirming a union session.' },
  ];
  collection.auth = { type: 'noauth' };
  for (const item of requests(collection.item)) {
    const request = item.request;
    const op = byKey.get(`${request.method} ${pathOf(request.url)}`);
    if (!op) throw new Error(`The collection has ${request.method} ${pathOf(request.url)}, which the contract does not`);
    item.name = `${item.name} (${op.operationId})`;
    request.auth = op.scheme
      ? { type: 'bearer', bearer: [{ key: 'token', value: `{{${op.scheme}}}`, type: 'string' }] }
      : { type: 'noauth' };
    request.header = (request.header ?? []).filter((h) => h.key.toLowerCase() !== 'idempotency-key');
    // The sandbox's failure rehearsal is there to switch on, not on by default.
    for (const h of request.header) if (h.key === 'UnionKit-Sandbox-Scenario') h.disabled = true;
    if (request.method === 'POST') request.header.push({ key: 'Idempotency-Key', value: '{{$guid}}', description: 'A new key each send; reuse one to replay.' });
    if (op.operationId === 'createWidgetSession') {
      item.event = [{ listen: 'test', script: { type: 'text/javascript', exec: [
        'if (pm.response.code === 201) pm.collectionVariables.set("clientToken", pm.response.json().clientToken);',
      ] } }];
    }
  }
  return collection;
}
