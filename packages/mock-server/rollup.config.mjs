import { library } from '../../scripts/rollup-library.mjs';

export default library({
  input: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli.ts' },
  external: ['msw', 'zod', '@unionkit/contract'],
});
