#!/usr/bin/env node
// Regenerates src/generated/ from openapi/unionkit.yaml: TypeScript types with openapi-typescript and
// zod/mini validators with @hey-api/openapi-ts. Never edit the output by hand; run `npm run generate`.
// `--out DIR` writes elsewhere (the staleness test generates into a temp folder and compares).
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import openapiTS, { astToString } from 'openapi-typescript';
import { createClient } from '@hey-api/openapi-ts';

const here = dirname(fileURLToPath(import.meta.url));
const contract = resolve(here, '../../../openapi/unionkit.yaml');
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : resolve(here, '../src/generated');
const header = '// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.\n';

await mkdir(out, { recursive: true });

const ast = await openapiTS(new URL(`file://${contract}`), { exportType: true, rootTypes: true, rootTypesNoSchemaPrefix: true });
await writeFile(join(out, 'openapi.ts'), header + '/* eslint-disable */\n' + astToString(ast));

const scratch = join(tmpdir(), `unionkit-zod-${process.pid}`);
await createClient({
  input: contract,
  output: { path: scratch },
  logs: { level: 'silent' },
  plugins: [{ name: 'zod', compatibilityVersion: 'mini', dates: { offset: true }, metadata: false }],
});
const zod = await readFile(join(scratch, 'zod.gen.ts'), 'utf8');
await writeFile(join(out, 'zod.ts'), header + zod.replace(/^\/\/ This file is auto-generated.*\n/, ''));
await rm(scratch, { recursive: true, force: true });
console.log(`generated ${out}/openapi.ts and ${out}/zod.ts`);
