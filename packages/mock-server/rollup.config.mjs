import typescript from '@rollup/plugin-typescript';

export default {
  input: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli.ts' },
  external: (id) => /^(node:|msw(\/|$)|zod(\/|$)|@unionkit\/contract(\/|$))/.test(id),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};
