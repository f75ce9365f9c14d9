// The React example as a platform runs it: built with Vite (`vite build`), served with the sandbox and
// the partner back end behind it, and driven in Chromium (Debian's, never a download): the membership
// widget renders inside <UnionProvider> with a session the back end minted, and its union-* events
// reach the React callbacks. Then the app type-checks with the React components' and the JSX typings,
// and a misspelt prop or event name, or a wrong detail field, fails the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertMembershipWidgetHeard, frameworkAppHooks } from '../../partner-backend/test/support/framework-app.js';
import { APP_DIR, typeErrors } from './support/typecheck.js';

const state = frameworkAppHooks(APP_DIR);

test('the membership widget renders in React and its union-ready event reaches the onUnionReady callback', async () => {
  await assertMembershipWidgetHeard(state);
});

test('the app type-checks, and a misspelt prop or event, or a wrong detail field, does not', () => {
  // One program: the app as it is, plus copies of App.tsx with one mistake each, and a page that
  // writes the tags itself with the JSX typings (@unionkit/widgets/jsx-react), right and wrong.
  const source = readFileSync(join(APP_DIR, 'src/App.tsx'), 'utf8');
  const mistakes: Record<string, [from: string, to: string]> = {
    'prop-typo': ['baseUrl={apiBaseUrl}', 'baseUrll={apiBaseUrl}'],
    'event-typo': ['onUnionReady=', 'onUnionRedy='],
    'detail-typo': ['event.detail.applicationId', 'event.detail.applicationID'],
  };
  const jsx = (attrs: string) =>
    `import type {} from '@unionkit/widgets/jsx-react';\nexport const Page = () => <union-provider ${attrs}><union-membership-join locale="en" /></union-provider>;\n`;
  const files: Record<string, string> = {
    'src/jsx-ok.tsx': jsx('baseUrl="/v1" fetchToken={async () => "wst_x"} theme="dark"'),
    'src/jsx-prop-typo.tsx': jsx('baseURL="/v1"'),
    'src/jsx-wrong-value.tsx': jsx('theme="purple"'),
  };
  for (const [name, [from, to]] of Object.entries(mistakes)) {
    assert.ok(source.includes(from), `App.tsx has ${from}`);
    files[`src/${name}.tsx`] = source.replace(from, to);
  }
  const errors = typeErrors(files);
  const inFile = (file: string) => errors.filter((e) => e.startsWith(`${file}:`)).join('\n');
  assert.deepEqual(errors.filter((e) => !/^src\/(prop-typo|event-typo|detail-typo|jsx-prop-typo|jsx-wrong-value)\.tsx:/.test(e)), [], 'the app and the right JSX compile');
  assert.match(inFile('src/prop-typo.tsx'), /baseUrll/);
  assert.match(inFile('src/event-typo.tsx'), /onUnionRedy/);
  assert.match(inFile('src/detail-typo.tsx'), /applicationID/);
  assert.match(inFile('src/jsx-prop-typo.tsx'), /baseURL/);
  assert.match(inFile('src/jsx-wrong-value.tsx'), /purple/);
});
