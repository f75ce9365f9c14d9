#!/usr/bin/env node
// Regenerates src/generated/ from openapi/unionkit.yaml: TypeScript types with openapi-typescript and
// zod/mini validators with @hey-api/openapi-ts, split into one module per schema so that a bundle
// (a widget) carries only the validators it uses. Never edit the output by hand; run `npm run generate`.
// `--out DIR` writes elsewhere (the staleness test generates into a temp folder and compares).
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import ts from 'typescript';
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
await rm(scratch, { recursive: true, force: true });
await rm(join(out, 'zod'), { recursive: true, force: true });
await mkdir(join(out, 'zod'), { recursive: true });

// One module per `export const zX = …`, importing the schemas it refers to.
const source = ts.createSourceFile('zod.gen.ts', zod, ts.ScriptTarget.Latest, true);
const statements = source.statements.filter(ts.isVariableStatement);
const names = statements.map((s) => s.declarationList.declarations[0].name.getText(source));
const known = new Set(names);
for (const [i, statement] of statements.entries()) {
  const name = names[i];
  const text = statement.getFullText(source).replace(/^\n+/, '');
  const deps = [...new Set(statement.declarationList.getText(source).match(/\bz[A-Z]\w*/g) ?? [])]
    .filter((dep) => dep !== name && known.has(dep))
    .sort();
  const imports = deps.map((dep) => `import { ${dep} } from './${dep}.js';\n`).join('');
  await writeFile(join(out, 'zod', `${name}.ts`), `${header}\nimport * as z from 'zod/mini';\n${imports}\n${text}\n`);
}
const barrel = names.map((name) => `export { ${name} } from './${name}.js';`).join('\n');
await writeFile(join(out, 'zod', 'index.ts'), `${header}\n${barrel}\n`);
console.log(`generated ${out}/openapi.ts and ${names.length} validators in ${out}/zod/`);
