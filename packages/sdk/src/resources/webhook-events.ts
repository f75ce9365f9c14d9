import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { zWebhookEvent, zWebhookEventList } from '@unionkit/contract/schemas';
import type { WebhookEvent } from '@unionkit/contract';
import type { QueryOf } from './shared.js';

/** `type`, `deliveryStatus` (`pending`, `succeeded`, `failed`), `createdAfter` (RFC 3339 or a `Date`), `limit`, `cursor`. */
export type WebhookEventListParams = Omit<QueryOf<'listWebhookEvents'>, 'createdAfter'> & { createdAfter?: string | Date };

/**
 * Webhook events sent to the partner (secret key): list them, look one up, and redeliver one. A
 * failed delivery is retried for 72 hours (1 min, 5 min, 30 min, 2 h, 5 h, then every 10 h); after
 * that its `deliveryStatus` is `failed` and `redeliver()` sends it again.
 */
export class WebhookEvents extends APIResource {
  /** `GET /webhook-events`: newest first; `for await` walks every page. */
  list(params: WebhookEventListParams = {}, options?: RequestOptions): PagePromise<WebhookEvent> {
    return this._client.list({ path: path`/webhook-events`, query: { ...params }, response: zWebhookEventList }, options);
  }

  /** `GET /webhook-events/{id}`. */
  retrieve(id: string, options?: RequestOptions): Promise<WebhookEvent> {
    return this._client.request({ method: 'GET', path: path`/webhook-events/${id}`, response: zWebhookEvent }, options);
  }

  /**
   * `POST /webhook-events/{id}/redeliver`: delivers the event now (same `id`, fresh signature) to its
   * endpoints and answers the event after it. Retried calls reuse one `Idempotency-Key`, so the
   * event goes out once per call.
   */
  redeliver(id: string, options?: RequestOptions): Promise<WebhookEvent> {
    return this._client.request({ method: 'POST', path: path`/webhook-events/${id}/redeliver`, response: zWebhookEvent }, options);
  }
}
