import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zWidgetSession, zWidgetSessionCreate } from '@unionkit/contract/schemas';
import type { WidgetSession, WidgetSessionCreate } from '@unionkit/contract';

/** Widget sessions (secret key): a short-lived client token for one worker. */
export class WidgetSessions extends APIResource {
  /** `POST /widget-sessions`: mint a client token `wst_…` (15 minutes) for one worker and the components named. */
  create(body: WidgetSessionCreate, options?: RequestOptions): Promise<WidgetSession> {
    return this._client.request(
      { method: 'POST', path: path`/widget-sessions`, body, bodySchema: zWidgetSessionCreate, response: zWidgetSession },
      options,
    );
  }
}
