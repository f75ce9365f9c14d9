import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zWorkerStatus } from '../generated/zod/index.js';
import type { WorkerStatus } from '../generated/openapi.js';

/** Workers (secret key): what the platform may learn, only with the worker's consent. */
export class Workers extends APIResource {
  /** `GET /workers/{workerRef}/status`: membership and coverage, or `shared: false`. */
  retrieveStatus(workerRef: string, options?: RequestOptions): Promise<WorkerStatus> {
    return this._client.request({ method: 'GET', path: path`/workers/${workerRef}/status`, response: zWorkerStatus }, options);
  }
}
