import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import { zWebhookDeliveryAttemptList, zWebhookEndpointCreate, zWebhookEndpointList, zWebhookEndpointWithSecret } from '@unionkit/contract/schemas';
import type { WebhookDeliveryAttempt, WebhookEndpoint, WebhookEndpointCreate, WebhookEndpointWithSecret } from '@unionkit/contract';
import type { ListParams } from './shared.js';

/** Webhook endpoints (secret key). */
export class WebhookEndpoints extends APIResource {
  /** `POST /webhook-endpoints`: the answer carries the signing `secret`, shown only this once. */
  create(body: WebhookEndpointCreate, options?: RequestOptions): Promise<WebhookEndpointWithSecret> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/webhook-endpoints`,
        body,
        bodySchema: zWebhookEndpointCreate,
        response: zWebhookEndpointWithSecret,
      },
      options,
    );
  }

  /** `GET /webhook-endpoints`. */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._client.list({ path: path`/webhook-endpoints`, query: { ...params }, response: zWebhookEndpointList }, options);
  }

  /**
   * `GET /webhook-endpoints/{id}/deliveries`: every attempt to the endpoint, newest first — when, the
   * status code or network error, how long it took, the retry due after it. Never an event body.
   */
  deliveries(id: string, params: ListParams = {}, options?: RequestOptions): PagePromise<WebhookDeliveryAttempt> {
    return this._client.list({ path: path`/webhook-endpoints/${id}/deliveries`, query: { ...params }, response: zWebhookDeliveryAttemptList }, options);
  }

  /** `DELETE /webhook-endpoints/{id}` (204). */
  del(id: string, options?: RequestOptions): Promise<void> {
    return this._client.requestEmpty({ method: 'DELETE', path: path`/webhook-endpoints/${id}` }, options);
  }
}
