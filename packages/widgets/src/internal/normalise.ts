/*
 * What the worker typed, as the API takes it: half-width, without separators. Apart from `fields.ts`
 * (which adds the mobile checks and re-exports these) so that a page that only normalises a number (the
 * job search) does not load the contract's ID and mobile checks up front.
 */
/**
 * What the worker typed, in plain ASCII where it matters for numbers and IDs: full-width digits,
 * letters and signs (０-９, Ｘ, ＋, －, ，, ．, the ideographic space) become their ASCII forms.
 */
export function halfWidth(value: string): string {
  return value.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A typed number as digits the API takes: half-width, without thousands separators or spaces:
 * "８，０００" → "8000", "8,000.5" → "8000.5", "1 200" → "1200". Anything else is left for the field's check.
 */
export function normaliseNumber(value: string): string {
  const v = halfWidth(value).trim();
  return /^\d{1,3}([,\s]\d{3})+(\.\d+)?$/.test(v) ? v.replace(/[,\s]/g, '') : v;
}

/**
 * A typed ID, code or mobile number: half-width, upper case, without spaces and dashes:
 * "１１０１０５ １９９０…ｘ" → "1101051990…X", "138-0013-8000" → "13800138000".
 */
export function normaliseId(value: string): string {
  return halfWidth(value).replace(/[\s-]/g, '').toUpperCase();
}
