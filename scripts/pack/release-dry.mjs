#!/usr/bin/env node
/**
 * `npm run release:dry`: what the next release would publish, without touching the tree.
 *
 * 1. `changeset version` in a temporary copy of the manifests and pending changesets: each package's
 *    next version and the CHANGELOG.md section changesets' generator would write.
 * 2. `npm pack --dry-run` of every published package: the files and sizes its tarball would have
 *    (built from the current `dist/`, so run `npm run build` first). Its `prepack` copies the root
 *    LICENSE into the package, a git-ignored copy of the same text.
 *
 * Publishing itself is `npm run release` (`changeset publish`) after `changeset version` is committed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, packWorkspaces, publishedWorkspaces } from './workspaces.mjs';

const require = createRequire(import.meta.url);
const changesetBin = join(dirname(require.resolve('@changesets/cli/package.json')), 'bin.js');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Copies what `changeset version` reads and writes: manifests, CHANGELOGs, `.changeset/`. */
function copyForVersioning(to) {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(to, 'package.json'), JSON.stringify(root, null, 2));
  cpSync(join(ROOT, '.changeset'), join(to, '.changeset'), { recursive: true });
  const dirs = root.workspaces.flatMap((w) =>
    w.endsWith('/*') ? readdirSync(join(ROOT, w.slice(0, -2))).map((d) => `${w.slice(0, -2)}/${d}`) : [w],
  );
  for (const dir of dirs) {
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (!existsSync(join(ROOT, dir, file))) continue;
      mkdirSync(join(to, dir), { recursive: true });
      cpSync(join(ROOT, dir, file), join(to, dir, file));
    }
  }
  // The changelog generator and the CLI resolve from the copy as from the repository.
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
  return dirs;
}

const copy = mkdtempSync(join(tmpdir(), 'unionkit-release-'));
try {
  const dirs = copyForVersioning(copy);
  const before = new Map(dirs.filter((d) => existsSync(join(copy, d, 'package.json'))).map((d) => [d, JSON.parse(readFileSync(join(copy, d, 'package.json'), 'utf8'))]));
  const result = spawnSync(process.execPath, [changesetBin, 'version'], { cwd: copy, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const published = new Set(publishedWorkspaces().map((w) => w.name));
  console.log('# Versions (changeset version, in a copy)\n');
  let changes = 0;
  for (const [dir, old] of before) {
    const next = JSON.parse(readFileSync(join(copy, dir, 'package.json'), 'utf8'));
    if (next.version === old.version) continue;
    changes++;
    console.log(`${next.name}: ${old.version} → ${next.version}${published.has(next.name) ? '' : ' (private: not published)'}`);
  }
  if (changes === 0) console.log('No pending changesets: nothing would be released.');
  for (const dir of before.keys()) {
    const file = join(copy, dir, 'CHANGELOG.md');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const previous = existsSync(join(ROOT, dir, 'CHANGELOG.md')) ? readFileSync(join(ROOT, dir, 'CHANGELOG.md'), 'utf8') : '';
    if (text === previous) continue;
    // The section the generator adds above the releases already in the file.
    const released = previous.indexOf('\n## ');
    const added = (released >= 0 ? text.slice(0, text.indexOf(previous.slice(released))) : text).trimEnd();
    console.log(`\n# ${dir}/CHANGELOG.md (new section)\n\n${added}`);
  }

  console.log('\n# Tarballs (npm pack --dry-run, from the current build)\n');
  for (const p of packWorkspaces(null, { dryRun: true })) {
    const license = p.files.some((f) => f.path === 'LICENSE') ? 'LICENSE' : 'NO LICENSE';
    console.log(`${p.name}@${p.version}: ${p.entryCount} files, ${kb(p.size)} packed, ${kb(p.unpackedSize)} unpacked, ${license}`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
