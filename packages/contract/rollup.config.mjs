import typescript from '@rollup/plugin-typescript';

// ESM + .d.ts, one file per module (one per generated schema), so bundlers downstream keep only the
// validators and rules a page uses.
export default {
  input: {
    index: 'src/index.ts',
    'schemas/index': 'src/schemas/index.ts',
    validators: 'src/validators.ts',
  },
  external: (id) => /^zod(\/|$)/.test(id),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  // Every module is free of side effects (package.json says so too): an import that uses nothing is
  // dropped.
  treeshake: { moduleSideEffects: false },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};
