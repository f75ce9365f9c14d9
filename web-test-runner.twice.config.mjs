// Proves that the browser test files stand alone: one runner process runs every file twice — first
// in the usual order, then in reverse, one group a file — so a file that leaned on another's data,
// on running first, or on a sandbox it had already used would fail the second time.
//
//   npm run test:browser:twice
//   TEST_FILES="packages/widgets/src/event-signup/*.test.ts" npm run test:browser:twice
import { readdirSync } from 'node:fs';
import base from './web-test-runner.config.mjs';

/** The same files as `base.files` (packages/*\/test/**\/*.browser.test.ts, packages/widgets/src/**\/*.test.ts). */
const BROWSER_TEST = /^packages\/([^/]+\/test\/.*\.browser\.test\.ts|widgets\/src\/.*\.test\.ts)$/;

/** `TEST_FILES` narrows the run: globs, comma-separated, with `*` and `**` as in the runner. */
function selected() {
  const globs = process.env.TEST_FILES?.split(',').filter(Boolean);
  if (!globs?.length) return (path) => BROWSER_TEST.test(path);
  const patterns = globs.map(
    (glob) =>
      new RegExp(
        `^${glob
          .trim()
          .replace(/^\.\//, '')
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '\u0000')
          .replace(/\*/g, '[^/]*')
          .replace(/\u0000/g, '(?:.*/)?')}$`,
      ),
  );
  return (path) => patterns.some((p) => p.test(path));
}

const isSelected = selected();
const files = readdirSync('packages', { recursive: true })
  .map((path) => `packages/${String(path).split('\\').join('/')}`)
  .filter((path) => !path.includes('/node_modules/') && isSelected(path))
  .sort();
if (files.length === 0) throw new Error(`no browser test files match ${process.env.TEST_FILES ?? 'the default globs'}`);

export default {
  ...base,
  files,
  // The second pass, in reverse: a group each, as groups run in the order given.
  groups: [...files].reverse().map((file, i) => ({ name: `again-${String(i + 1).padStart(2, '0')}`, files: [file] })),
};
