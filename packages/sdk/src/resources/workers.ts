import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zWorkerStatus } from '@unionkit/contract/schemas';
import type { WorkerStatus } from '@unionkit/contract';

/** Workers (secret key): what the platform may learn, only with the worker's consent. */
export class Workers extends APIResource {
  /** `GET /workers/{workerRef}/status`: membership and coverage, or `shared: false`. */
  retrieveStatus(workerRef: string, options?: RequestOptions): Promise<WorkerStatus> {
    return this._client.request({ method: 'GET', path: path`/workers/${workerRef}/status`, response: zWorkerStatus }, options);
  }
}
