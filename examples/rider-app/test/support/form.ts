// What the demo's form tests share: the state checked clean (axe and the page's CSP), a date typed by
// keyboard into a widget's date input, and a picture the page drew saved as a file for a file input.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { axeViolations } from './axe.js';
import { violations } from './page.js';

/** axe and the page's CSP find nothing in the state the page is in. */
export async function clean(page: Page, what: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${what}`);
  assert.deepEqual(await violations(page), [], `CSP: ${what}`);
}

/**
 * Types `iso` (YYYY-MM-DD) into the date input of `tag` that has the focus, in the order its locale
 * shows the parts. `frame`: the widget is in that frame.
 */
export async function typeDate(page: Page, tag: string, selector: string, iso: string, frame?: Frame): Promise<void> {
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2026, 10, 25))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day'),
  );
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts: Record<string, string> = { year, month, day };
  for (const part of order) await page.keyboard.type(parts[part]!);
  const value = await (frame ?? page).$eval(tag, (el, s) => el.shadowRoot!.querySelector<HTMLInputElement>(s)!.value, selector);
  assert.equal(value, iso, `${selector} typed by keyboard`);
}

/** A JPEG (base64, as a canvas gives it) saved as `name` in a folder of its own: its path and a way to remove it. */
export async function jpegFile(base64: string, name: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rider-app-photo-'));
  const path = join(dir, name);
  await writeFile(path, Buffer.from(base64, 'base64'));
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
