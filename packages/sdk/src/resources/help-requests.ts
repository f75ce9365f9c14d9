import { path, type RequestOptions } from '../core/client.js';
import type { PagePromise } from '../core/pagination.js';
import { APIResource } from '../core/resource.js';
import {
  zHelpRequest,
  zHelpRequestCreate,
  zHelpRequestList,
  zHelpRequestMessageCreate,
} from '@unionkit/contract/schemas';
import type { HelpRequest, HelpRequestCreate, HelpRequestMessageCreate } from '@unionkit/contract';
import type { ListParams } from './shared.js';

/**
 * Help requests (我要求助): legal consultation and aid, mediation, complaints, suggestions, the
 * certificate subsidy and micro-wishes, each with its timeline, the messages with the union's social
 * worker and a `reference` to read out on the phone. The platform never learns of any of them.
 */
export class HelpRequests extends APIResource {
  /** `POST /help-requests`: the type's fields, `evidenceFileIds`, and the `help_request_processing` consent. */
  create(body: HelpRequestCreate, options?: RequestOptions): Promise<HelpRequest> {
    return this._client.request(
      { method: 'POST', path: path`/help-requests`, body, bodySchema: zHelpRequestCreate, response: zHelpRequest },
      options,
    );
  }

  /** `GET /help-requests`: this worker's requests, newest first (我的求助). */
  list(params: ListParams = {}, options?: RequestOptions): PagePromise<HelpRequest> {
    return this._client.list({ path: path`/help-requests`, query: { ...params }, response: zHelpRequestList }, options);
  }

  /** `GET /help-requests/{id}`. */
  retrieve(id: string, options?: RequestOptions): Promise<HelpRequest> {
    return this._client.request({ method: 'GET', path: path`/help-requests/${id}`, response: zHelpRequest }, options);
  }

  /** `POST /help-requests/{id}/messages`: writes to the social worker; answers the whole request. */
  sendMessage(id: string, body: HelpRequestMessageCreate, options?: RequestOptions): Promise<HelpRequest> {
    return this._client.request(
      {
        method: 'POST',
        path: path`/help-requests/${id}/messages`,
        body,
        bodySchema: zHelpRequestMessageCreate,
        response: zHelpRequest,
      },
      options,
    );
  }

  /** `POST /help-requests/{id}/withdraw`: before the request is settled. */
  withdraw(id: string, options?: RequestOptions): Promise<HelpRequest> {
    return this._client.request({ method: 'POST', path: path`/help-requests/${id}/withdraw`, response: zHelpRequest }, options);
  }
}
