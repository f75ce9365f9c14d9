#!/usr/bin/env node
// `npm start`: build everything (SDK, sandbox, widgets), then serve the rider-app demo with the
// sandbox behind it (examples/rider-app/server.mjs). PORT (default 8080) is the demo's port,
// SANDBOX_PORT (default 4010) the sandbox's. Ctrl-C (SIGINT) or SIGTERM closes both servers.
import { spawnSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => {
  const result = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['run', 'build']);
// The root build may not include the widgets yet; the demo needs their ready-to-serve bundle.
const rootBuild = JSON.parse(readFileSync('package.json', 'utf8')).scripts?.build ?? '';
if (!rootBuild.includes('widgets')) {
  run(['run', 'build', '-w', '@unionkit/widgets']);
}

// server.mjs prints "UnionKit 骑手演示 rider-app demo: http://localhost:8080/" and the sandbox's URL.
const child = spawn(process.execPath, ['examples/rider-app/server.mjs'], { stdio: 'inherit', env: process.env });
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
