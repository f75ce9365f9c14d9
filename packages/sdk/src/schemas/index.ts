/**
 * Runtime validators for every request and response of the UnionKit API.
 *
 * The object schemas are generated from `openapi/unionkit.yaml` into `../generated/zod/` (zod/mini, one module per schema,
 * so what ships to browsers stays small) and re-exported here unchanged; the modules beside this one
 * only add the rules JSON Schema cannot say, such as the resident-ID check digit. The sandbox
 * validates requests with these same schemas.
 */
export * from '../generated/zod/index.js';
export { membershipApplicationCreate } from './membership-application.js';
export { jobApplicationCreate } from './job-application.js';
