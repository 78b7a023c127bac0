/// <reference lib="dom" />
import type { Locator } from 'playwright-core';

/**
 * Waiting assertions on a page, for jest (playwright-core has no `expect`): each polls until
 * it holds or its time runs out, then fails with what it last saw.
 */
export function see(locator: Locator, timeout = 10_000) {
  async function poll(what: string, check: () => Promise<{ ok: boolean; saw: unknown }>) {
    const deadline = Date.now() + timeout;
    let saw: unknown;
    for (;;) {
      const result = await check().catch((error: unknown) => ({ ok: false, saw: String(error) }));
      saw = result.saw;
      if (result.ok) return;
      if (Date.now() > deadline)
        throw new Error(`expected ${locator.toString()} ${what}; saw ${JSON.stringify(saw)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    visible: () =>
      poll('to be visible', async () => {
        const ok = await locator.first().isVisible();
        return { ok, saw: ok ? 'visible' : `hidden (${await locator.count()} matches)` };
      }),
    contains: (text: string | RegExp) =>
      poll(`to contain ${String(text)}`, async () => {
        const content = (await locator.first().textContent({ timeout: 1000 })) ?? '';
        return {
          ok: typeof text === 'string' ? content.includes(text) : text.test(content),
          saw: content.slice(0, 300),
        };
      }),
    attribute: (name: string, value: string) =>
      poll(`to have ${name}="${value}"`, async () => {
        const actual = await locator.first().getAttribute(name, { timeout: 1000 });
        return { ok: actual === value, saw: actual };
      }),
    value: (value: string) =>
      poll(`to have the value ${JSON.stringify(value)}`, async () => {
        const actual = await locator.first().inputValue({ timeout: 1000 });
        return { ok: actual === value, saw: actual };
      }),
    inViewport: () =>
      poll('to be in the viewport', async () => {
        const ratio = await locator.first().evaluate(
          (el) =>
            new Promise<number>((resolve) => {
              const observer = new IntersectionObserver((entries) => {
                resolve(entries[0]?.intersectionRatio ?? 0);
                observer.disconnect();
              });
              observer.observe(el);
            }),
        );
        return { ok: ratio > 0, saw: ratio };
      }),
    count: (n: number) =>
      poll(`to match ${n} elements`, async () => {
        const actual = await locator.count();
        return { ok: actual === n, saw: actual };
      }),
  };
}
