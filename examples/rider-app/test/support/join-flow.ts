// Drives <union-membership-join> in the demo page as a rider would, through the page (puppeteer):
// details, SMS code 000000, the suggested union, the separate consents — the optional one to share
// the status with the platform ticked or not — review, submit. Sandbox test data only.
import type { Page } from 'puppeteer-core';

/** The text of a widget's shadow root, whitespace folded. */
export function shadowText(page: Page, tag: string): Promise<string> {
  return page.$eval(tag, (el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

export interface JoinOptions {
  /** Tick 同意告诉平台我已是工会会员 (`share_status_with_platform`). */
  share: boolean;
}

/** From the widget's first step to "入会申请已提交". Throws with the step it was waiting for. */
export async function joinUnion(page: Page, { share }: JoinOptions): Promise<void> {
  // tsx compiles this file keeping function names through a `__name` helper, which the page lacks;
  // the function below runs in the page, so give it one (a string is not compiled).
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(async (shareStatus) => {
    const el = document.querySelector('union-membership-join') as HTMLElement & { updateComplete: Promise<unknown> };
    const root = el.shadowRoot!;
    const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
    const heading = () => (q('[data-step-heading]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    /** Polls `check` every 50 ms for up to 10 s. */
    const until = async <T>(check: () => T | null | undefined | false, what: string): Promise<T> => {
      for (let i = 0; i < 200; i++) {
        const value = check();
        if (value) return value;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`join flow: waiting for ${what}; at "${heading()}"`);
    };
    const atStep = (n: number) => until(() => heading().startsWith(`第 ${n} 步`), `step ${n}`);
    const click = async (selector: string) => {
      (await until(() => q<HTMLElement>(selector), selector)).click();
      await el.updateComplete;
    };
    const fill = async (selector: string, value: string, blur = true) => {
      const input = await until(() => q<HTMLInputElement>(selector), selector);
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      if (blur) {
        input.blur();
        await el.updateComplete;
      }
    };
    const choose = async (selector: string, value: string) => {
      const select = await until(() => q<HTMLSelectElement>(selector), selector);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
    };

    const start = await until(
      () => [...root.querySelectorAll('button')].find((b) => /开始申请入会/.test(b.textContent ?? '') && !b.disabled),
      'the start button',
    );
    start.click();
    await atStep(2);
    await fill('#fullName', '王测试');
    await fill('#residentId', '310104199203150418');
    await fill('#mobile', '13800138000');
    await click('#sendCode');
    await fill('#smsCode', '000000', false);
    await click('#confirmCode');
    await until(() => q('#mobileVerified'), 'the mobile verified');
    await choose('#occupation', 'food_delivery_rider');
    await choose('#workDistrict', '310104');
    await click('#next');
    await atStep(3);
    await until(() => q('input[name="organisation"]:checked'), 'the suggested union');
    await click('#next');
    await atStep(4);
    for (const id of ['#membership_processing', '#sensitive_id_number', '#charter', ...(shareStatus ? ['#share_status_with_platform'] : [])]) {
      await click(id);
    }
    await click('#next');
    await atStep(5);
    await click('#submit');
    await until(() => /入会申请已提交/.test(root.textContent ?? ''), 'the submitted application');
  }, share);
}
