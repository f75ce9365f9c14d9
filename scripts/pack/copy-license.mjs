#!/usr/bin/env node
// A package's `prepack`: copies the repository's LICENSE (MIT) into the package being packed, so every
// tarball carries the licence text and there is one copy to keep (packages/*/LICENSE is git-ignored).
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

copyFileSync(fileURLToPath(new URL('../../LICENSE', import.meta.url)), 'LICENSE');
