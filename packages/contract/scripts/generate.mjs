#!/usr/bin/env node
// Regenerates src/generated/ from openapi/unionkit.yaml:
// - openapi.ts: TypeScript types with openapi-typescript; in what the API sends, every enum is open,
//   `Known | (string & {})` (the same schemas as the tolerant validators below), while what a client
//   sends keeps closed enums, so a typo is a compile error;
// - zod/: zod/mini validators with @hey-api/openapi-ts, one module per schema so that a bundle (a
//   widget) carries only the validators it uses. What a client sends is strict: every object schema
//   reached from a request body, and every operation's query and path schema, refuses unknown keys
//   (`z.strictObject`), so the SDK and the sandbox refuse the same keys. What the API sends (every
//   schema reached from a response or a webhook, and every operation's `…Response`) is read
//   tolerantly, so that the API can add without breaking a partner: objects keep unknown keys
//   (`z.looseObject`), and an enum accepts any string, known or later (`z.string()`, the enum named
//   in a comment);
//   required fields and primitive types are still checked. The enum schemas themselves stay closed.
// - constants.ts: the values the contract states beside its schemas (`x-unionkit-…` extensions where
//   OpenAPI has no field: the notice version, the minimum age, the open statuses, limits), the
//   signature header's name, and every enum's values in the contract's order.
// Never edit the output by hand; run `npm run generate`. `--out DIR` writes elsewhere (the staleness
// test generates into a temp folder and compares).
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import ts from 'typescript';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import openapiTS, { astToString } from 'openapi-typescript';
import { createClient } from '@hey-api/openapi-ts';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const contract = resolve(here, '../../../openapi/unionkit.yaml');
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : resolve(here, '../src/generated');
const docsFlag = process.argv.indexOf('--docs-out');
// The error-code reference for readers of the repository; a run with --out alone (a staleness check) writes none.
const docsOut = docsFlag > 0 ? resolve(process.argv[docsFlag + 1]) : outFlag > 0 ? undefined : resolve(here, '../../../docs/error-codes.md');
const header = '// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.\n';
const doc = parse(await readFile(contract, 'utf8'));

await mkdir(out, { recursive: true });

const ast = await openapiTS(new URL(`file://${contract}`), { exportType: true, rootTypes: true, rootTypesNoSchemaPrefix: true });
const enums = new Set(Object.entries(doc.components.schemas).filter(([, schema]) => Array.isArray(schema.enum)).map(([name]) => name));

// ---------- what a client sends ----------

const operations = Object.values(doc.paths).flatMap((item) =>
  Object.values(item)
    .filter((op) => op && typeof op === 'object' && op.operationId)
    .map((op) => ({ op, parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])] })),
);
/** Names of the component schemas `value` refers to, and those they refer to, transitively (beside the refs seen). */
function reached(value, seen = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => reached(v, seen));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
        // Follows responses, parameters and headers too; only schemas are collected.
        const [, , kind, name] = v.split('/');
        if (!seen.has(v)) {
          seen.add(v);
          if (kind === 'schemas') seen.add(name);
          reached(doc.components[kind]?.[name], seen);
        }
      } else reached(v, seen);
    }
  }
  return seen;
}
const sent = reached(operations.map(({ op }) => op.requestBody ?? null));
const received = reached([operations.map(({ op }) => op.responses), doc.webhooks]);
const isObject = (name) => doc.components.schemas[name]?.type === 'object';
const shared = [...sent].filter((name) => isObject(name) && received.has(name));
if (shared.length > 0) {
  throw new Error(`Object schemas both sent and received cannot be strict for one and lenient for the other: ${shared.join(', ')}`);
}
const pascal = (id) => id[0].toUpperCase() + id.slice(1);
const strict = new Set([...sent].filter(isObject).map((name) => `z${name}`));
/** What the API sends, read tolerantly: received component schemas (not the enums themselves) and every operation's response. */
const tolerant = new Set([
  ...[...received].filter((name) => doc.components.schemas[name] && !enums.has(name)).map((name) => `z${name}`),
  ...operations.map(({ op }) => `z${pascal(op.operationId)}Response`),
]);

/**
 * openapi.ts with the enums of what the API sends opened: in the received component schemas and in
 * the responses (`components.responses`, each operation's `responses`), a reference to an enum
 * schema, or a union with string literals in it, gains `| (string & {})`. A lone literal (an event's
 * `type`) stays closed: it is what a union of events is told apart by.
 */
function openResponseTypes(text) {
  const file = ts.createSourceFile('openapi.ts', text, ts.ScriptTarget.Latest, true);
  const edits = [];
  const enumName = (node) => {
    if (!ts.isIndexedAccessTypeNode(node)) return undefined;
    const name = /^components\["schemas"\]\["(\w+)"\]$/.exec(node.getText(file))?.[1];
    return name !== undefined && enums.has(name) ? name : undefined;
  };
  const open = (node) => {
    if (ts.isUnionTypeNode(node) && node.types.some((t) => enumName(t) || (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))) {
      edits.push([node.getStart(file), node.end, `(${node.getText(file)} | (string & {}))`]);
    } else if (enumName(node) && !(node.parent && ts.isUnionTypeNode(node.parent))) {
      edits.push([node.getStart(file), node.end, `(${node.getText(file)} | (string & {}))`]);
    } else ts.forEachChild(node, open);
  };
  const members = (node) => (node && ts.isTypeLiteralNode(node) ? node.members : []);
  const member = (node, name) => members(node).find((m) => m.name?.getText(file).replace(/"/g, '') === name);
  for (const statement of file.statements) {
    const name = statement.name?.getText(file);
    const type = ts.isTypeAliasDeclaration(statement) ? statement.type : undefined;
    if (name === 'components') {
      for (const schema of members(member(type, 'schemas')?.type)) {
        if (tolerant.has(`z${schema.name.getText(file)}`)) open(schema.type);
      }
      if (member(type, 'responses')) open(member(type, 'responses').type);
    } else if (name === 'operations' && ts.isInterfaceDeclaration(statement)) {
      for (const operation of statement.members) {
        const responses = member(operation.type, 'responses');
        if (responses) open(responses.type);
      }
    }
  }
  let result = text;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + replacement + result.slice(end);
  return result;
}

/**
 * A response schema's text read tolerantly: objects keep unknown keys, and an enum is any string
 * (`z.string()`, the enum named in a comment: the known values plus any later one, which is what
 * `z.union([zEnum, z.string()])` would accept, without carrying the values into a browser bundle). An
 * inline enum of one value is a constant, closed as in openapi.ts.
 */
function tolerantText(text) {
  const at = text.indexOf('export const ');
  const body = text
    .slice(at)
    .replaceAll('z.object(', 'z.looseObject(')
    .replace(/z\.enum\(\[([^\]]*,[^\]]*)\]\)|\bz([A-Z]\w*)\b/g, (match, values, name) =>
      values !== undefined
        ? `z.string() /* ${values.replace(/\s+/g, ' ').trim().replaceAll(', ', ' | ')} or later */`
        : enums.has(name)
          ? `z.string() /* ${name} or later */`
          : match,
    );
  return text.slice(0, at) + body;
}
for (const { op, parameters } of operations) {
  const resolved = parameters.map((p) => (p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p));
  if (resolved.some((p) => p.in === 'query')) strict.add(`z${pascal(op.operationId)}Query`);
  if (resolved.some((p) => p.in === 'path')) strict.add(`z${pascal(op.operationId)}Path`);
}

/** A request schema's text with every object strict (`{}` with no properties is an empty strict object). */
function strictText(text) {
  return text.replaceAll('z.object(', 'z.strictObject(').replaceAll('z.record(z.string(), z.never())', 'z.strictObject({})');
}

await writeFile(join(out, 'openapi.ts'), header + '/* eslint-disable */\n' + openResponseTypes(astToString(ast)));

// ---------- validators ----------

const scratch = join(tmpdir(), `unionkit-zod-${process.pid}`);
await createClient({
  input: contract,
  output: { path: scratch },
  logs: { level: 'silent' },
  plugins: [{ name: 'zod', compatibilityVersion: 'mini', dates: { offset: true }, metadata: false }],
});
const zod = await readFile(join(scratch, 'zod.gen.ts'), 'utf8');
await rm(scratch, { recursive: true, force: true });
await rm(join(out, 'zod'), { recursive: true, force: true });
await mkdir(join(out, 'zod'), { recursive: true });

// One module per `export const zX = …`, importing the schemas it refers to.
const source = ts.createSourceFile('zod.gen.ts', zod, ts.ScriptTarget.Latest, true);
const statements = source.statements.filter(ts.isVariableStatement);
const names = statements.map((s) => s.declarationList.declarations[0].name.getText(source));
const known = new Set(names);
const missing = [...strict].filter((name) => !known.has(name));
if (missing.length > 0) throw new Error(`No generated schema for ${missing.join(', ')}`);
for (const [i, statement] of statements.entries()) {
  const name = names[i];
  // A schema's `allOf` of `if`/`then` (what each kind of a request requires) becomes
  // `z.intersection(z.unknown(), X)`, which lets unknown keys through X's strictness: keep X alone and
  // leave the conditional rule to the sandbox, which states it with field errors.
  const generated = statement
    .getFullText(source)
    .replace(/^\n+/, '')
    .replace(/= z\.intersection\(z\.unknown\(\), ([\s\S]*)\);$/, '= $1;');
  const text = strict.has(name) ? strictText(generated) : tolerant.has(name) ? tolerantText(generated) : generated;
  const deps = [...new Set(text.slice(text.indexOf('export const ')).match(/\bz[A-Z]\w*/g) ?? [])]
    .filter((dep) => dep !== name && known.has(dep))
    .sort();
  const imports = deps.map((dep) => `import { ${dep} } from './${dep}.js';\n`).join('');
  await writeFile(join(out, 'zod', `${name}.ts`), `${header}\nimport * as z from 'zod/mini';\n${imports}\n${text}\n`);
}
const barrel = names.map((name) => `export { ${name} } from './${name}.js';`).join('\n');
await writeFile(join(out, 'zod', 'index.ts'), `${header}\n${barrel}\n`);

// ---------- constants ----------

/** The value at `path` in the contract; a missing one is an error, not an `undefined` constant. */
function at(...path) {
  let value = doc;
  for (const key of path) {
    value = value?.[key];
    if (value === undefined) throw new Error(`openapi/unionkit.yaml has no ${path.join(' → ')}`);
  }
  return value;
}
const schemas = ['components', 'schemas'];
const signatureHeaders = Object.values(doc.webhooks ?? {})
  .flatMap((item) => Object.values(item).flatMap((op) => op.parameters ?? []))
  .filter((p) => p.in === 'header' && p.schema?.$ref === '#/components/schemas/WebhookSignature')
  .map((p) => p.name);
if (new Set(signatureHeaders).size !== 1) throw new Error(`The webhooks must name one signature header, not ${signatureHeaders.join(', ')}`);

const constants = [
  ['NOTICE_VERSION', at(...schemas, 'ConsentGrant', 'x-unionkit-notice-version'),
    'The current privacy-notice version: every consent names it (`ConsentGrant.noticeVersion`).'],
  ['MIN_MEMBER_AGE', at(...schemas, 'MembershipApplicationCreate', 'x-unionkit-min-age'),
    'Youngest age, in whole years, at which a worker may join the union.'],
  ['OPEN_APPLICATION_STATUSES', at(...schemas, 'MembershipApplicationStatus', 'x-unionkit-open-statuses'),
    'Membership-application statuses that are still open: a worker has at most one such application, and only these may be withdrawn or decided.'],
  ['JOB_APPLICATION_MESSAGE_MAX', at(...schemas, 'JobApplicationCreate', 'properties', 'message', 'x-unionkit-max-characters'),
    'Most characters a job application\'s message may have, counted as a person counts them (`countCharacters`).'],
  ['MAX_FILE_BYTES', at(...schemas, 'FileUpload', 'x-unionkit-max-file-bytes'),
    'Largest file `POST /files` accepts, in bytes (else 413 `file_too_large`).'],
  ['CLAIM_DESCRIPTION_MAX', at(...schemas, 'InsuranceClaimCreate', 'properties', 'description', 'x-unionkit-max-characters'),
    'Most characters a claim\'s description may have, counted as a person counts them (`countCharacters`).'],
  ['HELP_REQUEST_DESCRIPTION_MAX', at(...schemas, 'HelpRequestCreate', 'properties', 'description', 'x-unionkit-max-characters'),
    'Most characters a help request\'s description (and a message to the social worker) may have, counted as a person counts them.'],
  ['MICRO_WISH_MAX', at(...schemas, 'HelpRequestCreate', 'properties', 'wish', 'x-unionkit-max-characters'),
    'Most characters a micro-wish may have, counted as a person counts them.'],
  ['MICRO_WISH_VALUE_MAX_FEN', at(...schemas, 'HelpRequestCreate', 'properties', 'valueFen', 'maximum'),
    'The most a micro-wish may be worth, in fen (¥500).'],
  ['HELP_EVIDENCE_FILES_MAX', at(...schemas, 'HelpRequestCreate', 'x-unionkit-max-evidence-files'),
    'Most evidence files one help request (or one message) may carry.'],
  ['CONFIDENTIAL_HELP_REQUEST_TYPES', at(...schemas, 'HelpRequestType', 'x-unionkit-confidential-types'),
    'Help-request types that may be about the platform itself: their forms run only in the union-origin hosted page.'],
  ['OPEN_HELP_REQUEST_STATUSES', at(...schemas, 'HelpRequestStatus', 'x-unionkit-open-statuses'),
    'Help-request statuses that are not settled: a worker may still write, and a micro-wish in one of them is the year\'s open wish.'],
  ['WITHDRAWABLE_HELP_REQUEST_STATUSES', at(...schemas, 'HelpRequestStatus', 'x-unionkit-withdrawable-statuses'),
    'Help-request statuses from which the worker may withdraw.'],
  ['SKILL_SUBSIDY_FEN', at(...schemas, 'CertificateLevel', 'x-unionkit-subsidy-fen'),
    'The certificate subsidy (取证补贴) by skill level, in fen. SANDBOX FIGURES, not the union\'s published table.'],
  ['APPOINTMENT_POINT_TYPES', at(...schemas, 'Slot', 'x-unionkit-appointment-point-types'),
    'Service-point types that offer appointment slots.'],
  ['SLOT_MINUTES', at(...schemas, 'Slot', 'x-unionkit-slot-minutes'), 'Length of one appointment slot, in minutes.'],
  ['SLOT_PLACES', at(...schemas, 'Slot', 'x-unionkit-slot-places'), 'Places in one appointment slot (sandbox figure).'],
  ['BOOKING_HORIZON_DAYS', at(...schemas, 'Slot', 'x-unionkit-booking-horizon-days'), 'How many days ahead slots can be listed and booked.'],
  ['CANCEL_BEFORE_MINUTES', at(...schemas, 'Slot', 'x-unionkit-cancel-before-minutes'),
    'An appointment can be cancelled until this many minutes before it starts.'],
  ['PAYMENT_DUE_DAYS', at(...schemas, 'EnrolmentPayment', 'x-unionkit-payment-due-days'),
    'Days after an enrolment that its premium is due (Asia/Shanghai calendar days); unpaid past that day it is `lapsed`.'],
  ['CLAIM_BENEFIT_PLAN_KIND', at(...schemas, 'ClaimBenefit', 'x-unionkit-plan-benefit'),
    'The plan benefit (`BenefitKind`) each claim benefit needs.'],
  ['WITHDRAWABLE_CLAIM_STATUSES', at(...schemas, 'ClaimStatus', 'x-unionkit-withdrawable-statuses'),
    'Claim statuses from which the worker may withdraw (before a decision).'],
  ['CLAIM_DECISION_DAYS', at(...schemas, 'InsuranceClaim', 'properties', 'decisionDueDate', 'x-unionkit-decision-days'),
    'Days the union takes at most to decide a claim, from its filing or from the documents that answered `more_info_needed`.'],
  ['CLAIM_INCIDENT_MAX_AGE_YEARS', at(...schemas, 'InsuranceClaimCreate', 'properties', 'incidentDate', 'x-unionkit-max-age-years'),
    'How many years back an incident may be claimed for.'],
  ['MAX_REQUEST_BODY_BYTES', at('x-unionkit-max-request-body-bytes'),
    'Largest request body the API accepts, in bytes (else 413 `payload_too_large`).'],
  ['SIGNATURE_HEADER', signatureHeaders[0],
    'Name of the header that signs a webhook delivery (`t=<unix seconds>,v1=<hex HMAC-SHA256>`).'],
  ['WEBHOOK_TOLERANCE_SEC', at(...schemas, 'WebhookSignature', 'x-unionkit-tolerance-seconds'),
    'Largest distance, in seconds, between a delivery\'s signed timestamp and now that a receiver accepts by default.'],
  ['FIELD_ERROR_CODE_VALUES', at(...schemas, 'FieldError', 'properties', 'code', 'enum'),
    'Every `FieldError.code`, in the contract\'s order.'],
];
// Each error code's HTTP statuses and bilingual title (`x-unionkit-errors`), one entry per code.
const errorCodes = at(...schemas, 'ErrorCode', 'enum');
const errorInfo = at(...schemas, 'ErrorCode', 'x-unionkit-errors');
const undescribed = errorCodes.filter((code) => !errorInfo[code]?.status?.length || !errorInfo[code]?.title);
const unknown = Object.keys(errorInfo).filter((code) => !errorCodes.includes(code));
if (undescribed.length || unknown.length) {
  throw new Error(`ErrorCode's x-unionkit-errors must describe every code once: missing ${undescribed.join(', ') || '—'}; not codes ${unknown.join(', ') || '—'}`);
}
constants.push(
  ['ERROR_STATUSES', Object.fromEntries(errorCodes.map((code) => [code, errorInfo[code].status])),
    'The HTTP statuses each `ErrorCode` is answered with (a problem with another status breaks the contract).'],
  ['ERROR_TITLES', Object.fromEntries(errorCodes.map((code) => [code, errorInfo[code].title])),
    'Each `ErrorCode`\'s short bilingual title (Chinese first), the `title` of its problem.'],
);
const screaming = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
for (const [name, schema] of Object.entries(doc.components.schemas)) {
  if (Array.isArray(schema.enum)) constants.push([`${screaming(name)}_VALUES`, schema.enum, `Every \`${name}\`, in the contract's order.`]);
}
const literal = (value) =>
  Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}] as const` : typeof value === 'object' ? `${JSON.stringify(value)} as const` : JSON.stringify(value);
const constantsText = constants.map(([name, value, comment]) => `/** ${comment} */\nexport const ${name} = ${literal(value)};\n`).join('\n');
await writeFile(join(out, 'constants.ts'), `${header}\n${constantsText}`);

if (docsOut) await writeFile(docsOut, errorCodesMarkdown());

/** docs/error-codes.md: every code with its statuses, its title and what a caller should do. */
function errorCodesMarkdown() {
  const special = {
    token_expired: '取新令牌后重试一次 Get a fresh token, retry once',
    request_in_progress: '稍后用同一幂等键重试 Retry later with the same Idempotency-Key',
    idempotency_key_reused: '另一个请求用新的幂等键 A different request needs a new Idempotency-Key',
    sms_attempts_exceeded: '重新获取验证码 Ask for a new SMS code',
    sms_verification_expired: '重新获取验证码 Ask for a new SMS code',
    union_session_required: '重新用短信验证手机号 Prove the mobile again by SMS',
    secret_key_in_browser: '密钥只在服务端使用 Use the secret key from your server only',
    origin_not_allowed: '登记该来源 Register the origin (PUT /partner/allowed-origins)',
  };
  const advice = (code, statuses) =>
    special[code] ??
    (statuses.some((s) => s === 429 || s === 408 || s >= 500)
      ? '稍后用同一幂等键重试 Retry later with the same Idempotency-Key'
      : '不要原样重试 Do not retry as is');
  const rows = errorCodes.map((code) => {
    const { status, title } = errorInfo[code];
    const [zh, en] = title.split(/(?<=[。！？])\s+/);
    return `| \`${code}\` | ${status.join(', ')} | ${zh} | ${en ?? ''} | ${advice(code, status)} |`;
  });
  return [
    '<!-- generated — do not edit. Source: openapi/unionkit.yaml (ErrorCode, x-unionkit-errors); regenerate with `npm run generate`. -->',
    '# 错误码 Error codes',
    '',
    '每个接口错误都是 RFC 9457 `application/problem+json`，带稳定的 `code`；按 `code` 分支，不要按 `title` 或 `detail`。',
    '新的错误码可能随时增加（旧的含义不变）：未知的 `code` 按 HTTP 状态处理。',
    '',
    'Every API error is RFC 9457 `application/problem+json` with a stable `code`: branch on the `code`, never on `title`',
    'or `detail`. New codes may be added (existing ones never change meaning): treat an unknown `code` by its HTTP status.',
    'How the API behaves around them: [api-behaviour.md](api-behaviour.md). The sandbox\'s tests check that every problem it',
    'answers carries one of the statuses listed here.',
    '',
    '| code | HTTP | 说明 | Meaning | 怎么办 What to do |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

console.log(`generated ${out}/openapi.ts, ${out}/constants.ts and ${names.length} validators (${strict.size} strict, ${tolerant.size} tolerant) in ${out}/zod/`);
