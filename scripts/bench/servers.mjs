// The two servers the sandbox bench loads, each in a process of its own (the load generator runs in
// the bench's process): the sandbox CLI as built, and Stoplight Prism mocking the same contract.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTRACT = join(ROOT, 'openapi', 'unionkit.yaml');

/** A free port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * CPU time (user + system, seconds) a process has used so far, from /proc (Linux; null elsewhere):
 * on a busy machine, CPU per request says more than requests per second.
 */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line (11 and 12 after the command), in clock ticks (100 Hz).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Starts `args` with node and resolves once it is ready: a line of its output matches `ready`, or
 * `probe()` (tried every 250 ms) resolves true. Rejects if it exits first or takes over `timeoutMs`.
 */
function startProcess(name, args, { ready, probe }, timeoutMs) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let settled = false;
  return new Promise((resolve, reject) => {
    const finish = (error, match) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
        return;
      }
      resolve({
        match,
        pid: child.pid,
        cpuSeconds: () => cpuSecondsOf(child.pid),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(killer);
        },
      });
    };
    const timer = setTimeout(() => finish(new Error(`${name} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    // Its output is read all along (kept up to 64 KB), so a full pipe never blocks it.
    const onData = (chunk) => {
      output = (output + chunk).slice(-65_536);
      const match = ready?.exec(output);
      if (match) finish(null, match);
    };
    const onExit = (code, signal) => finish(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${output.slice(-2000)}`));
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', onExit);
    if (probe) {
      const poll = async () => {
        if (settled) return;
        if (await probe().catch(() => false)) finish(null, null);
        else setTimeout(poll, 250);
      };
      void poll();
    }
  });
}

/**
 * The sandbox CLI (`unionkit-mock`, from packages/mock-server/dist) with `--rate-limit 0`, on a free
 * port. `BENCH_FROM_SOURCE=1` runs src/cli.ts through tsx instead, to measure a change before building.
 */
export async function startSandboxCli() {
  const fromSource = process.env.BENCH_FROM_SOURCE === '1';
  const cli = fromSource
    ? ['--conditions=source', '--import', 'tsx', join(ROOT, 'packages/mock-server/src/cli.ts')]
    : [join(ROOT, 'packages/mock-server/bin/unionkit-mock.js')];
  const server = await startProcess('unionkit-mock', [...cli, '--port', '0', '--rate-limit', '0'], { ready: /listening on (http:\/\/\S+)/ }, 60_000);
  return { ...server, name: `unionkit-mock --rate-limit 0${fromSource ? ' (from source)' : ''}`, url: server.match[1], apiBase: `${server.match[1]}/v1` };
}

/** The installed Prism CLI's version, or null when it is not installed. */
export function prismVersion() {
  try {
    return require('@stoplight/prism-cli/package.json').version;
  } catch {
    return null;
  }
}

/**
 * `prism mock openapi/unionkit.yaml` in one process (its default), logging only warnings: Prism's
 * per-request info log is its default, but the comparison should not charge it for a console. Prism
 * serves the paths without the servers' `/v1`.
 */
export async function startPrism() {
  const bin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [bin, 'mock', CONTRACT, '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn'];
  const server = await startProcess('prism', args, { probe: async () => (await fetch(`${url}/healthz`)).ok }, 120_000);
  return { ...server, name: `Stoplight Prism ${prismVersion()} (prism mock)`, url, apiBase: url };
}
