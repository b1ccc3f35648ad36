// One headless Chromium for the reader page's tests: Debian's `chromium` (or PAPERLIST_CHROMIUM),
// driven by playwright-core; no browser is downloaded. Pages are written to a temporary folder and
// opened from file://, as a reader who downloaded the page would.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['PAPERLIST_CHROMIUM'] ?? '/usr/bin/chromium';

/** Where screenshots are kept for a person to look at (ignored by git). */
export const ARTIFACTS = new URL('../../.artifacts/site/', import.meta.url);

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set PAPERLIST_CHROMIUM`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A folder holding the given files, and the file:// URL of its index.html. */
export function writeSite(files: Record<string, string>): { url: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'paperlist-site-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return {
    url: pathToFileURL(join(dir, 'index.html')).href,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function open(
  browser: Browser,
  url: string,
  viewport = { width: 1100, height: 900 },
): Promise<Opened> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { context, page, errors };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return new URL(name, ARTIFACTS).pathname;
}
