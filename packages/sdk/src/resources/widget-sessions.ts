import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zWidgetSession, zWidgetSessionCreate, zWidgetSessionCurrent } from '@unionkit/contract/schemas';
import type { WidgetSession, WidgetSessionCreate, WidgetSessionCurrent } from '@unionkit/contract';

/** Widget sessions: a short-lived client token for one worker (minted with the secret key). */
export class WidgetSessions extends APIResource {
  /** `POST /widget-sessions`: mint a client token `wst_…` (15 minutes) for one worker and the components named. */
  create(body: WidgetSessionCreate, options?: RequestOptions): Promise<WidgetSession> {
    return this._client.request(
      { method: 'POST', path: path`/widget-sessions`, body, bodySchema: zWidgetSessionCreate, response: zWidgetSession },
      options,
    );
  }

  /**
   * `GET /widget-sessions/current` (client token): the token's own session — expiry, components and the
   * partner's registered origins, which the union's hosted page checks its parent against.
   */
  current(options?: RequestOptions): Promise<WidgetSessionCurrent> {
    return this._client.request({ method: 'GET', path: path`/widget-sessions/current`, response: zWidgetSessionCurrent }, options);
  }
}
