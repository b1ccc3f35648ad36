// One headless Chromium for the reader page's tests, driven by playwright-core. On Linux x64 it is
// the one `npm ci` installs (see packaged-chromium.ts), so nothing else needs installing; elsewhere
// a system Chromium (/usr/bin/chromium); PAPERLIST_CHROMIUM, when set, names the executable to use
// instead of either. No browser is downloaded. Pages are written to a temporary folder and opened
// from file://, as a reader who downloaded the page would.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { packagedChromium } from './packaged-chromium.js';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where screenshots are kept for a person to look at (ignored by git). */
export const ARTIFACTS = new URL('../../.artifacts/site/', import.meta.url);

/** The browser to start: the named one, the packaged one, or the system's. */
async function pickChromium(): Promise<{ executable: string; env: Record<string, string> }> {
  const named = process.env['PAPERLIST_CHROMIUM'];
  if (named) {
    if (!existsSync(named))
      throw new Error(`PAPERLIST_CHROMIUM names ${named}, which does not exist`);
    return { executable: named, env: {} };
  }
  const packaged = await packagedChromium();
  if (packaged) return packaged;
  if (existsSync(SYSTEM_CHROMIUM)) return { executable: SYSTEM_CHROMIUM, env: {} };
  throw new Error(
    `no Chromium: on Linux x64 \`npm ci\` installs one (@sparticuz/chromium); elsewhere install ` +
      `Chromium at ${SYSTEM_CHROMIUM} or set PAPERLIST_CHROMIUM to a Chromium executable`,
  );
}

export async function launch(): Promise<Browser> {
  const { executable, env } = await pickChromium();
  return chromium.launch({
    executablePath: executable,
    args: ['--no-sandbox'],
    env: { ...process.env, ...env },
  });
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
