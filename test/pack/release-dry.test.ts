// `npm run release:dry` (scripts/pack/release-dry.mjs; `npm run build` first): shows each package's
// next version, the changelog changesets would write and every tarball, and leaves the tree as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, publishedWorkspaces } from '../../scripts/pack/workspaces.mjs';

/** The files `changeset version` would change, by content: manifests, changelogs, pending changesets. */
function snapshot(): Map<string, string> {
  const files = [
    'package.json',
    ...readdirSync(join(ROOT, '.changeset')).map((f) => `.changeset/${f}`),
    ...publishedWorkspaces().flatMap((w) => [`${w.dir}/package.json`, `${w.dir}/CHANGELOG.md`]),
  ];
  return new Map(
    files.map((f) => {
      let hash = 'absent';
      try {
        hash = createHash('sha256').update(readFileSync(join(ROOT, f))).digest('hex');
      } catch {}
      return [f, hash];
    }),
  );
}

test('release:dry shows versions, changelogs and tarballs without touching the tree', { timeout: 180_000 }, () => {
  const before = snapshot();
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'pack', 'release-dry.mjs')], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, result.stderr);
  const out = result.stdout;
  const pending = readdirSync(join(ROOT, '.changeset')).some((f) => f.endsWith('.md') && f !== 'README.md');
  for (const { name, version } of publishedWorkspaces()) {
    assert.match(out, new RegExp(`^${name}@${version.replace(/\./g, '\\.')}: \\d+ files, .* unpacked, LICENSE$`, 'm'), `${name}'s tarball, with its LICENSE`);
    if (pending) assert.match(out, new RegExp(`^${name}: ${version.replace(/\./g, '\\.')} → \\d+\\.\\d+\\.\\d+`, 'm'), `${name}'s next version`);
  }
  if (pending) assert.match(out, /CHANGELOG\.md \(new section\)\n\n# @unionkit\/\S+\n\n## \d+\.\d+\.\d+/);
  assert.deepEqual(snapshot(), before, 'no manifest, changelog or changeset changed');
});
