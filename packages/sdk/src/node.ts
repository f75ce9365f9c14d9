/**
 * `@unionkit/sdk` on Node (the package's `node` export condition): the same client as `./index.js`,
 * with every request and response schema compiled once by zod's `compile` (generated code; a body
 * that fails falls back to zod's parser, so results and errors are the same). Browsers get
 * `./index.js`, which leaves the compiler out of their bundle.
 */
import { compile } from 'zod/mini';
import { useSchemaCompiler } from './core/validation.js';

useSchemaCompiler(compile);

export * from './index.js';
