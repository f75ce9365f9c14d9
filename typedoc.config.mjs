// typedoc for the SDK, the contract package and the sandbox (`npm run docs`, into docs/api/sdk).
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'UnionKit: SDK, contract and sandbox',
  entryPoints: [
    'packages/sdk/src/index.ts',
    'packages/sdk/src/server/index.ts',
    'packages/sdk/src/validators.ts',
    'packages/contract/src/index.ts',
    'packages/contract/src/schemas/index.ts',
    'packages/mock-server/src/index.ts',
    'packages/mock-server/src/node.ts',
  ],
  tsconfig: 'tsconfig.docs.json',
  out: 'docs/api/sdk',
  excludePrivate: true,
  excludeInternal: true,
  readme: 'none',
  disableSources: true,
  // The contract's generated types carry the OpenAPI descriptions as `@description` and single values as `@constant` (openapi-typescript).
  blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
};
