/**
 * `@unionkit/sdk` on Node (the package's `node` export condition): the same client as `./index.js`,
 * with every request and response schema compiled once by zod's `compile` (generated code; a body
 * that fails falls back to zod's parser, so results and errors are the same), and attempt timeouts
 * from `./core/deadlines.ts` instead of an `AbortSignal.timeout` each. Browsers get `./index.js`,
 * which leaves both out of their bundle.
 */
import { compile } from 'zod/mini';
import { attemptDeadline } from './core/deadlines.js';
import { useAttemptDeadlines } from './core/timeouts.js';
import { useSchemaCompiler } from './core/validation.js';

useSchemaCompiler(compile);
useAttemptDeadlines(attemptDeadline);

export * from './index.js';
