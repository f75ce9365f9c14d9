// The custom-elements manifest (`npm run analyze`, run by the build) and, from it, VS Code custom data
// and JetBrains web-types. What the analyzer reads from the classes is made to say only what a
// platform may rely on (scripts/manifest-plugin.mjs): the public elements, their public attributes,
// properties and methods, every event with its detail type, every part and every theming token.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { publicApiPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/internal/testing/**', 'src/**/*.d.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    publicApiPlugin({ root: new URL('./src/', import.meta.url) }),
    customElementVsCodePlugin({
      outdir: './dist/ide',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: './dist/ide',
      webTypesFileName: 'web-types.json',
      excludeCss: false,
      hideLogs: true,
    }),
  ],
};
