import { path, type RequestOptions } from '../core/client.js';
import { APIResource } from '../core/resource.js';
import { zAllowedOrigins, zAllowedOriginsUpdate } from '@unionkit/contract/schemas';
import type { AllowedOrigins as AllowedOriginsBody, AllowedOriginsUpdate } from '@unionkit/contract';

/**
 * The origins of the partner's pages and apps (secret key): the API's CORS and the union's hosted
 * page, which checks the page framing it, go by them.
 */
export class PartnerOrigins extends APIResource {
  /** `GET /partner/allowed-origins`. */
  retrieve(options?: RequestOptions): Promise<AllowedOriginsBody> {
    return this._client.request({ method: 'GET', path: path`/partner/allowed-origins`, response: zAllowedOrigins }, options);
  }

  /**
   * `PUT /partner/allowed-origins`: replaces the list as a whole — `https://host[:port]`,
   * `http://localhost:*` / `http://127.0.0.1:*` for development, an app's origin such as
   * `capacitor://localhost` or `https://localhost`. `null` (webviews loading `file://`) only with
   * `allowNullOrigin: true`: every opaque origin sends `null`, so prefer an app scheme. A refused
   * origin is a `ValidationError` with an `origins.N` field error each, and nothing changes.
   */
  set(body: AllowedOriginsUpdate, options?: RequestOptions): Promise<AllowedOriginsBody> {
    return this._client.request(
      { method: 'PUT', path: path`/partner/allowed-origins`, body, bodySchema: zAllowedOriginsUpdate, response: zAllowedOrigins },
      options,
    );
  }
}
