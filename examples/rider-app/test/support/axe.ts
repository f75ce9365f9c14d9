// axe-core in the demo page (or in the union's hosted frame), for the browser tests: the violations
// of the WCAG rules axe checks, in the state the page is in now, widgets' shadow roots included.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);
let source: string | undefined;

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Rules axe judges over the page and the frames in it together (one level-one heading, one main
 * landmark in all of them). A frame from another origin is checked on its own, where axe cannot see
 * the page around it, so these are left to the check of the page.
 */
const WHOLE_PAGE_RULES = ['page-has-heading-one', 'landmark-one-main'];

/**
 * The axe violations in `target`, one line each (`rule: help — where`); empty when clean. `within`
 * limits the check to one element (and its shadow tree), e.g. a widget's tag. Frames from another
 * origin are checked on their own (pass the frame).
 */
export async function axeViolations(target: Page | Frame, within?: string): Promise<string[]> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await target.evaluate('typeof globalThis.axe === "object"'))) await target.evaluate(source);
  await target.evaluate('globalThis.__name ??= (fn) => fn');
  const framed = 'parentFrame' in target && target.parentFrame() !== null;
  const rules = Object.fromEntries((framed ? WHOLE_PAGE_RULES : []).map((id) => [id, { enabled: false }]));
  return target.evaluate(async (selector, off) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    // axe takes the skip link for an ordinary link outside a landmark when the page's first link to
    // another page is inside a widget's shadow root (its skip-link test compares document positions
    // across shadow trees): the skip link is checked by the keyboard test in browser.test.ts instead.
    const context = selector ? { include: [[selector]] } : { exclude: [['.skip-link']] };
    const result = await axe.run(context, { iframes: false, resultTypes: ['violations'], rules: off });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, within ?? null, rules);
}
