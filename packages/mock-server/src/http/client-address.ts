/**
 * The network address a request came from, for limits on failed authentication. The node adapter
 * records it for each `Request` it builds; under msw (in a page or in-process) there is no network
 * peer and every request counts as `local`.
 */
const addresses = new WeakMap<Request, string>();

export function setClientAddress(request: Request, address: string): void {
  addresses.set(request, address);
}

export function clientAddress(request: Request): string {
  return addresses.get(request) ?? 'local';
}
