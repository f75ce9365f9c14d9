import { library } from '../../scripts/rollup-library.mjs';

// One file per module, so bundlers downstream can tree-shake what a widget does not use.
export default library({
  input: {
    index: 'src/index.ts',
    node: 'src/node.ts',
    'server/index': 'src/server/index.ts',
    'schemas/index': 'src/schemas/index.ts',
    validators: 'src/validators.ts',
    types: 'src/types.ts',
  },
  external: ['zod', '@unionkit/contract'],
  sideEffectFree: true,
});
