#!/usr/bin/env node
// `npx unionkit-mock --port 4010`: the sandbox CLI. Kept as a committed file so that npm links the
// command at install time; the CLI itself is built from src/cli.ts (`npm run build`, run by `npm ci`).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('unionkit-mock is not built yet: run `npm run build` at the repository root.');
    process.exit(1);
  }
  throw error;
});
