/**
 * The packages we publish, packed as npm would publish them: used by the packed-tarball test
 * (test/pack/pack.test.ts) and by `npm run release:dry`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The workspaces that are published (not private).
 * @returns {{ name: string, version: string, dir: string, manifest: Record<string, any> }[]}
 */
export function publishedWorkspaces() {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return root.workspaces
    .filter((w) => w.startsWith('packages/'))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir, manifest }));
}

/** Runs npm in `cwd`; throws with npm's output when it fails. */
export function npm(args, cwd = ROOT) {
  const env = { ...process.env };
  // The test runner's flags (`--conditions=source`, tsx) are not what an installed package sees.
  delete env.NODE_OPTIONS;
  const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/**
 * `npm pack` of every published workspace (its `prepack` runs: the LICENSE is copied in).
 * `dryRun`: list what would be packed without writing tarballs.
 * @returns {{ name: string, version: string, filename: string, size: number, unpackedSize: number, files: { path: string, size: number }[] }[]}
 */
export function packWorkspaces(destination, { dryRun = false } = {}) {
  const workspaces = publishedWorkspaces().flatMap((w) => ['-w', w.name]);
  const out = npm(['pack', ...workspaces, '--json', ...(dryRun ? ['--dry-run'] : ['--pack-destination', destination])]);
  return JSON.parse(out.slice(out.indexOf('[')));
}

/**
 * The public entries of a package's `exports` map, as specifiers (`@unionkit/sdk/server`), split by
 * kind: `code` (JavaScript with types), `json`, and `patterns` (`./bundle/*`, with the target pattern).
 */
export function publicEntries(manifest) {
  const code = [];
  const json = [];
  const patterns = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    const specifier = key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`;
    if (key.includes('*')) patterns.push({ specifier, key, target });
    else if (key.endsWith('.json')) json.push(specifier);
    else code.push(specifier);
  }
  return { code, json, patterns };
}

/** Every path string in an `exports` target, whatever the conditions. */
export function exportTargets(target) {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.flatMap(exportTargets);
  if (target && typeof target === 'object') return Object.values(target).flatMap(exportTargets);
  return [];
}
