/** The union organisation tree, and the one grassroots union suggested to a worker in a district. */
import type { DistrictCode, Locale, OrganisationKind, UnionOrganisation } from '@unionkit/contract';
import type { Store } from '../store/store.js';
import type { SeedOrganisation } from '../store/types.js';
import type { WorkerActor } from './actor.js';
import { localize } from './localize.js';

export interface OrganisationQuery {
  district?: DistrictCode;
  kind?: OrganisationKind[];
  parentId?: string;
  acceptsMembers?: boolean;
}

/**
 * The union to suggest in `district` for a worker of `platformId`: that platform's
 * platform-enterprise union in the district if there is one, else a joint union (one naming the
 * platform first), else the first street or town union. Only unions accepting members count.
 */
export function suggestedOrganisation(
  organisations: readonly SeedOrganisation[],
  district: DistrictCode,
  platformId: string,
): SeedOrganisation | undefined {
  const here = organisations.filter((o) => o.district === district && o.acceptsMembers);
  const forPlatform = (o: SeedOrganisation) => (o.platformIds ?? []).includes(platformId);
  return (
    here.find((o) => o.kind === 'platform_enterprise' && forPlatform(o)) ??
    here.find((o) => o.kind === 'joint' && forPlatform(o)) ??
    here.find((o) => o.kind === 'joint') ??
    here.find((o) => o.kind === 'street' || o.kind === 'town')
  );
}

export function listOrganisations(store: Store, actor: WorkerActor, q: OrganisationQuery, locale: Locale): UnionOrganisation[] {
  const suggested = q.district ? suggestedOrganisation(store.organisations, q.district, actor.partner.platformId) : undefined;
  return store.organisations
    .filter(
      (o) =>
        (q.district === undefined || o.district === q.district) &&
        (q.kind === undefined || (q.kind as readonly string[]).includes(o.kind)) &&
        (q.parentId === undefined || o.parentId === q.parentId) &&
        (q.acceptsMembers === undefined || o.acceptsMembers === q.acceptsMembers),
    )
    .map((o) => ({ ...localize(o, locale), suggested: suggested !== undefined && o.id === suggested.id }))
    // The suggested union comes first, so the first page always has it.
    .sort((a, b) => Number(b.suggested) - Number(a.suggested));
}

export function findOrganisation(store: Store, id: string): SeedOrganisation | undefined {
  return store.organisations.find((o) => o.id === id);
}
