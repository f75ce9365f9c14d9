// Type-checks the React app as `tsc -p tsconfig.json` does, with some of its files replaced in memory
// (a misspelt prop or event), so a test can show that the typings catch the mistake without touching
// the app's files.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const APP_DIR = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The app's type errors (`file:line message`), with `overrides` (path relative to the app → text) in
 * place of the files on disk; new paths are added to the program.
 */
export function typeErrors(overrides: Record<string, string> = {}): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(APP_DIR, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const replaced = new Map(Object.entries(overrides).map(([path, text]) => [join(APP_DIR, path), text]));
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (file) => replaced.get(file) ?? read(file);
  host.fileExists = (file) => replaced.has(file) || exists(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) =>
    replaced.has(file) ? ts.createSourceFile(file, replaced.get(file)!, language, true) : getSourceFile(file, language, onError, create);
  const roots = [...new Set([...config.fileNames, ...replaced.keys()])];
  const program = ts.createProgram({ rootNames: roots, options: config.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(APP_DIR, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}
