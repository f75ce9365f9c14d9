import typescript from '@rollup/plugin-typescript';

// ESM + .d.ts, one file per module, so bundlers downstream can tree-shake what a widget does not use.
export default {
  input: {
    index: 'src/index.ts',
    'server/index': 'src/server/index.ts',
    'schemas/index': 'src/schemas/index.ts',
    validators: 'src/validators.ts',
    types: 'src/types.ts',
  },
  external: (id) => /^(node:|zod(\/|$)|@unionkit\/contract(\/|$))/.test(id),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  // Every module of the SDK is free of side effects (package.json says so too): an import that uses
  // nothing is dropped, so the validators a resource does not use never reach a bundle.
  treeshake: { moduleSideEffects: false },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};
