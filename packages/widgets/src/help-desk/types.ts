/**
 * The request types of `<union-help-desk>` (我要求助) as the element needs them up front: which there
 * are, in the contract's order, which are confidential (they run in the union's hosted page, never as a
 * form in the platform's page), and the `types` attribute read as a platform writes it.
 */
import { CONFIDENTIAL_HELP_REQUEST_TYPES, HELP_REQUEST_TYPE_VALUES } from '@unionkit/contract';
import type { HelpRequestType } from '@unionkit/sdk/types';

export type { HelpRequestType };

/** Every type, in the contract's order. */
export const HELP_TYPES: readonly HelpRequestType[] = HELP_REQUEST_TYPE_VALUES;

/**
 * Legal help, mediation and complaints may be about the platform itself: their forms and their place
 * in "my requests" live on the union's origin (hosted mode), where the platform's scripts cannot look.
 */
const CONFIDENTIAL: ReadonlySet<string> = new Set<string>(CONFIDENTIAL_HELP_REQUEST_TYPES);

export function isConfidential(type: string): boolean {
  return CONFIDENTIAL.has(type);
}

/** The types a platform's page may show and list itself. */
export const OPEN_TYPES: readonly HelpRequestType[] = HELP_TYPES.filter((t) => !isConfidential(t));

export function isHelpType(value: string): value is HelpRequestType {
  return (HELP_TYPES as readonly string[]).includes(value);
}

/**
 * The `types` attribute: names separated by commas, spaces or both (`"suggestion, micro_wish"`); an
 * unknown name is ignored; nothing known (or no attribute) shows every type. Always the contract's order.
 */
export function parseTypes(attr: string | null | undefined): HelpRequestType[] {
  const asked = new Set((attr ?? '').split(/[\s,，、]+/).filter(Boolean));
  const shown = HELP_TYPES.filter((t) => asked.has(t));
  return shown.length ? shown : [...HELP_TYPES];
}
