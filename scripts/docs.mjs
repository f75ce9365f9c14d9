#!/usr/bin/env node
// `npm run docs`: every reference generated from its source, into docs/api/ (not committed, so it
// cannot drift; `npm test` runs it, so a source it cannot read fails the build):
//   docs/api/sdk/                          typedoc: the SDK, the contract package and the sandbox
//   docs/api/reference.html                the HTTP API reference (Redocly), from openapi/unionkit.yaml
//   docs/api/unionkit.postman_collection.json  every operation, for Postman, Bruno or Insomnia
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildCollection } from './docs/collection.mjs';

const CONTRACT = 'openapi/unionkit.yaml';
const OUT = 'docs/api';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

mkdirSync(OUT, { recursive: true });
run('npx', ['typedoc', '--logLevel', 'Warn', '--treatWarningsAsErrors']); // a broken doc comment fails the build
run('npx', ['redocly', 'build-docs', CONTRACT, '--output', `${OUT}/reference.html`]);
const collection = await buildCollection(readFileSync(CONTRACT, 'utf8'));
writeFileSync(`${OUT}/unionkit.postman_collection.json`, `${JSON.stringify(collection, null, 2)}\n`);
console.log(`docs: ${OUT}/sdk, ${OUT}/reference.html, ${OUT}/unionkit.postman_collection.json`);
