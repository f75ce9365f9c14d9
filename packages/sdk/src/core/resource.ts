import type { UnionCore } from './client.js';

/** Base of every resource namespace: a list of verb methods over the client's machinery. */
export abstract class APIResource {
  protected readonly _client: UnionCore;
  constructor(client: UnionCore) {
    this._client = client;
  }
}
