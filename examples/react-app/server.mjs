#!/usr/bin/env node
// UnionKit in a React app: the sandbox, the partner back end (mints the widget session with the demo
// key) and this app's Vite dev server, in one process. `npm run react` at the repository root (builds
// the packages first), or `npm start -w examples/react-app` once built. Open the URL it prints.
import * as vite from 'vite';
import { fileURLToPath } from 'node:url';
import { runViteApp } from '@unionkit/example-partner-backend/vite-app.mjs';

await runViteApp({ vite, root: fileURLToPath(new URL('.', import.meta.url)), name: 'UnionKit × React' });
