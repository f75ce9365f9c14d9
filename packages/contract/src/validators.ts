/**
 * Checks of Chinese personal identifiers (resident ID, mobile), their masks, ages and character
 * counts, shared by the SDK, the sandbox and the widgets.
 * Pure functions: no I/O, safe in browsers, workers and servers.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** Why a resident ID number is not valid. */
export type ResidentIdProblem = 'format' | 'region' | 'birth_date' | 'checksum';

/** What can be read off a valid resident ID number. */
export interface ResidentIdInfo {
  /** Six-digit administrative region code (GB/T 2260) of first registration. */
  regionCode: string;
  /** Birth date as `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'female' | 'male';
}

export type ResidentIdResult =
  | ({ valid: true } & ResidentIdInfo)
  | { valid: false; problem: ResidentIdProblem };

/** The check character of the first 17 digits, per GB 11643: `"10X98765432"[Σ aᵢwᵢ mod 11]`. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

/**
 * Checks an 18-character resident ID number (GB 11643): format, region, a real birth date not in the
 * future, and the check digit (`X` upper-case, a lower-case `x` is accepted and normalised).
 */
export function parseResidentId(value: string, today: Date = new Date()): ResidentIdResult {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'format' };
  const region = id.slice(0, 6);
  if (!/^[1-9]\d{5}$/.test(region)) return { valid: false, problem: 'region' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    birth.getUTCFullYear() !== y ||
    birth.getUTCMonth() !== m - 1 ||
    birth.getUTCDate() !== d ||
    birth.getTime() > today.getTime()
  ) {
    return { valid: false, problem: 'birth_date' };
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { valid: false, problem: 'checksum' };
  const sexDigit = Number(id[16]);
  return {
    valid: true,
    regionCode: region,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: sexDigit % 2 === 1 ? 'male' : 'female',
  };
}

/** True when `value` is a valid resident ID number. */
export function isValidResidentId(value: string): boolean {
  return parseResidentId(value).valid;
}

/** Age in whole years on `on` (default today) of someone born on `birthDate` (`YYYY-MM-DD`). */
export function ageOn(birthDate: string, on: Date = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = on.getUTCFullYear() - y;
  const beforeBirthday = on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  if (beforeBirthday) age--;
  return age;
}

/** `310104********123X`: region kept, birth date and sequence hidden, check character kept. */
export function maskResidentId(value: string): string {
  const id = value.trim().toUpperCase();
  if (id.length !== 18) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

const MOBILE = /^(?:\+86)?1[3-9]\d{9}$/;

/** True for a mainland China mobile number, `1[3-9]` and nine digits, with an optional `+86`. */
export function isValidMobile(value: string): boolean {
  return MOBILE.test(value.replace(/[\s-]/g, ''));
}

/** The eleven national digits of a valid mobile (spaces, dashes and `+86` removed), or `null`. */
export function normaliseMobile(value: string): string | null {
  const compact = value.replace(/[\s-]/g, '');
  if (!MOBILE.test(compact)) return null;
  return compact.replace(/^\+86/, '');
}

/** `138****0000`. */
export function maskMobile(value: string): string {
  const n = normaliseMobile(value) ?? value;
  return n.length === 11 ? `${n.slice(0, 3)}****${n.slice(7)}` : '*'.repeat(n.length);
}

/** Characters as a person counts them (grapheme clusters); in its own module, see there. */
export { countCharacters } from './characters.js';
