/**
 * Resources for a widget, made on demand from the session's `UnionCore`.
 *
 * Widgets ask for the one resource they need (`use(client, Jobs).list()`) rather than holding the
 * whole `UnionClient`, so each widget's bundle carries only its own resource and validators and the
 * shared runtime stays small. A partner's own `UnionClient` works too: it is a `UnionCore`.
 */
import type { UnionCore } from '@unionkit/sdk';

type ResourceClass<R> = new (client: UnionCore) => R;

const made = new WeakMap<UnionCore, Map<ResourceClass<unknown>, unknown>>();

/** The `Resource` namespace over `client`, made once per client. */
export function use<R>(client: UnionCore, Resource: ResourceClass<R>): R {
  let resources = made.get(client);
  if (!resources) made.set(client, (resources = new Map()));
  let resource = resources.get(Resource) as R | undefined;
  if (!resource) resources.set(Resource, (resource = new Resource(client)));
  return resource;
}
