import typescript from '@rollup/plugin-typescript';

/**
 * The rollup build every library package shares (contract, SDK, sandbox): ESM and `.d.ts`, one file
 * per module, so bundlers downstream keep only what a page uses. `external`: the packages left to
 * the user's install. `sideEffectFree`: the package says `"sideEffects": false`, so an import that
 * uses nothing is dropped (the validators a resource does not use never reach a bundle).
 *
 * @param {{ input: Record<string, string>, external: string[], sideEffectFree?: boolean }} options
 */
export function library({ input, external, sideEffectFree = false }) {
  const pattern = new RegExp(`^(${external.map((e) => e.replace(/[/]/g, '\\/')).join('|')})(\\/|$)`);
  return {
    input,
    external: (id) => id.startsWith('node:') || pattern.test(id),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    ...(sideEffectFree ? { treeshake: { moduleSideEffects: false } } : {}),
    plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
  };
}
