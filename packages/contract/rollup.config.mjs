import { library } from '../../scripts/rollup-library.mjs';

// One file per module (one per generated schema), so bundlers keep only the validators and rules a page uses.
export default library({
  input: { index: 'src/index.ts', 'schemas/index': 'src/schemas/index.ts', validators: 'src/validators.ts' },
  external: ['zod'],
  sideEffectFree: true,
});
