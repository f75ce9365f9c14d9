/**
 * `@unionkit/contract/schemas`: runtime validators for every request and response of the UnionKit API.
 *
 * The schemas are generated from `openapi/unionkit.yaml` into `../generated/zod/` (zod/mini, one
 * module per schema, so what ships to browsers stays small) and re-exported here unchanged: request
 * bodies, queries and path parameters refuse unknown keys, responses let them pass. The modules beside
 * this one add what JSON Schema cannot say, such as the resident-ID check digit. The SDK checks what
 * it sends with them, and the sandbox what it receives.
 */
export * from '../generated/zod/index.js';
export { membershipApplicationCreate } from './membership-application.js';
export { jobApplicationCreate } from './job-application.js';
