// The opt-in typings as a Preact app and a React 19 app use them, from the built package (`npm run
// build -w @unionkit/widgets` first): the tags type-check with their properties and `on<event>`
// listeners typed with each event's detail, and a misspelt property, a wrong value or a wrong detail
// field fails. One program per framework, every case a file of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Type errors per in-memory file (`name` → messages), compiled as a TSX app next to this test. */
function errorsByFile(jsxImportSource: string, files: Record<string, string>): Record<string, string> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    jsxImportSource,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const paths = new Map(Object.entries(files).map(([name, text]) => [join(HERE, `${name}.tsx`), text]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => paths.has(f) || fileExists.call(host, f);
  host.readFile = (f) => paths.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, l, e, c) => (paths.has(f) ? ts.createSourceFile(f, paths.get(f)!, l, true) : getSourceFile.call(host, f, l, e, c));
  const program = ts.createProgram({ rootNames: [...paths.keys()], options, host });
  const out: Record<string, string> = Object.fromEntries(Object.keys(files).map((n) => [n, '']));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? Object.keys(files).find((n) => d.file!.fileName === join(HERE, `${n}.tsx`)) : undefined;
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (name) out[name] += `${text}\n`;
    else out['(elsewhere)'] = `${out['(elsewhere)'] ?? ''}${d.file?.fileName ?? ''} ${text}\n`;
  }
  return out;
}

const page = (entry: string, body: string) => `import type {} from '@unionkit/widgets/${entry}';\nexport const Page = () => (${body});\n`;

for (const [framework, entry] of [
  ['Preact', 'jsx-preact'],
  ['React 19', 'jsx-react'],
] as const) {
  test(`${framework}: the tags type-check through @unionkit/widgets/${entry}, and mistakes do not`, () => {
    const errors = errorsByFile(framework === 'Preact' ? 'preact' : 'react', {
      ok: page(
        entry,
        `<union-provider baseUrl="/v1" fetchToken={async () => 'wst_x'} theme="dark">
          <union-membership-join locale="en" onunion-membership-application-submitted={(e) => e.detail.applicationId.trim()} />
          <union-service-map district="310104" useDeviceLocation onunion-navigate={(e) => e.preventDefault()} />
          <union-insurance-enrol /><union-event-signup /><union-job-listings /><union-help-desk hosted />
        </union-provider>`,
      ),
      propTypo: page(entry, `<union-provider baseURL="/v1" />`),
      wrongValue: page(entry, `<union-provider theme="purple" />`),
      detailTypo: page(entry, `<union-membership-join onunion-membership-application-submitted={(e) => e.detail.applicationID} />`),
      unknownTag: page(entry, `<union-membership-joint />`),
    });
    assert.equal(errors['(elsewhere)'], undefined, errors['(elsewhere)']);
    assert.equal(errors['ok'], '', 'every tag, property and listener type-checks');
    assert.match(errors['propTypo']!, /baseURL/);
    assert.match(errors['wrongValue']!, /purple/);
    assert.match(errors['detailTypo']!, /applicationID/);
    assert.match(errors['unknownTag']!, /union-membership-joint/);
  });
}
