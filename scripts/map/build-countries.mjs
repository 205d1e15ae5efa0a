#!/usr/bin/env node
// Builds dyad-server/src/main/resources/web/countries-110m.geojson: the world's countries at 1:110 million, the
// shapes the dashboard's map draws, from Natural Earth (public domain, https://www.naturalearthdata.com) as
// shipped by the npm package world-atlas (ISC License, pinned below), converted from TopoJSON by topojson-client.
//
// Usage, from the repository root (Node 18 or later, npm on the PATH):
//
//   node scripts/map/build-countries.mjs            # installs the pinned packages into a temporary folder
//   node scripts/map/build-countries.mjs --from DIR # uses DIR/node_modules, installs nothing
//   node scripts/map/build-countries.mjs --out FILE # writes FILE instead of the resource
//
// The only network access is that `npm install`. The output is deterministic for one package version: features
// in the package's order, each with its name and nothing else, coordinates rounded to two decimals (about 1 km,
// far below what a 1:110m shape can show) to keep the file small.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['world-atlas@2.0.2', 'topojson-client@3.1.0'];
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_OUT = join(REPO, 'dyad-server/src/main/resources/web/countries-110m.geojson');

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
let from = option('--from');
const out = option('--out') ?? DEFAULT_OUT;
let scratch;
if (!from) {
  scratch = mkdtempSync(join(tmpdir(), 'dyad-map-'));
  writeFileSync(join(scratch, 'package.json'), '{"private": true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', ...PACKAGES], { cwd: scratch, stdio: 'inherit' });
  from = scratch;
}
try {
  const require = createRequire(join(resolve(from), 'package.json'));
  const topojson = require('topojson-client');
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const collection = topojson.feature(topology, topology.objects.countries);
  const round = (value) => Array.isArray(value) ? value.map(round) : Math.round(value * 100) / 100;
  const features = collection.features.map((feature) => ({
    type: 'Feature',
    properties: { name: feature.properties.name },
    geometry: { type: feature.geometry.type, coordinates: round(feature.geometry.coordinates) },
  }));
  const lines = features.map((feature) => JSON.stringify(feature));
  writeFileSync(out, '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n');
  console.error(`wrote ${features.length} countries to ${out}`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
