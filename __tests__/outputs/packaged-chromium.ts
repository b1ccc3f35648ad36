// The Chromium that `npm ci` installs: the dev dependency @sparticuz/chromium ships a headless
// Chromium for Linux x64 inside its package, brotli-packed, with the shared libraries it needs
// (NSS, NSPR, expat), SwiftShader and a font. Nothing is downloaded: this file unpacks those files
// once into a folder named by the package's version, under the system's temporary folder, and later
// runs reuse it. The unpacking goes to a private folder first and is renamed into place whole, so
// test runs started at the same time never see a half-written browser.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

const PACKAGE = '@sparticuz/chromium';

/** A browser ready to start: the executable and the environment it needs. */
export interface PackagedChromium {
  executable: string;
  env: Record<string, string>;
}

/** Whether the packaged browser runs here: it is built for Linux on x64 only. */
export function packagedChromiumFits(): boolean {
  return process.platform === 'linux' && process.arch === 'x64';
}

/** The installed package's folder of packed files and version, or undefined when it is not installed. */
export function packedFiles(): { bin: string; version: string } | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    return undefined;
  }
  const root = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { bin: join(root, 'bin'), version };
}

/** Decompresses a brotli file to `out` (made executable). */
async function unbrotli(from: string, out: string): Promise<void> {
  await pipeline(
    createReadStream(from),
    createBrotliDecompress(),
    createWriteStream(out, { mode: 0o755 }),
  );
}

/**
 * Unpacks a brotli tar archive (a few megabytes) into the folder `into` with the system's `tar`.
 * The archive is decompressed whole first: `tar` stops reading at the archive's end marker, before
 * the padding after it, which would break a stream piped into it.
 */
function untarBrotli(from: string, into: string): void {
  const archive = brotliDecompressSync(readFileSync(from));
  const tar = spawnSync('tar', ['-x', '--no-same-owner', '-C', into], { input: archive });
  if (tar.status !== 0) {
    const why = tar.error?.message ?? tar.stderr.toString().trim();
    throw new Error(`tar could not unpack ${from} (exit ${tar.status}): ${why}`);
  }
}

/** A fontconfig file naming only the packaged font, so pages render alike on every machine. */
function fontsConf(target: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${join(target, 'fonts', 'fonts')}</dir>`,
    `  <cachedir>${join(target, 'fonts', 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Unpacks every packed file into a new folder and moves it to `target`, unless one got there
 * first. The layout: `chromium` and SwiftShader's libraries at the top, `lib/` (NSS, NSPR, expat),
 * `fonts/` (the font and a fontconfig file).
 */
async function unpack(bin: string, target: string): Promise<void> {
  const staging = mkdtempSync(`${target}.partial-`);
  try {
    mkdirSync(join(staging, 'fonts'));
    untarBrotli(join(bin, 'al2023.tar.br'), staging);
    untarBrotli(join(bin, 'fonts.tar.br'), join(staging, 'fonts'));
    untarBrotli(join(bin, 'swiftshader.tar.br'), staging);
    await unbrotli(join(bin, 'chromium.br'), join(staging, 'chromium'));
    writeFileSync(join(staging, 'fonts', 'fonts.conf'), fontsConf(target));
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run renamed its complete copy into place first: use that one.
    if (existsSync(join(target, 'chromium'))) return;
    throw error;
  }
}

/**
 * The packaged Chromium, unpacked on first use; undefined when the package is not installed or
 * does not fit this platform.
 */
export async function packagedChromium(): Promise<PackagedChromium | undefined> {
  const packed = packagedChromiumFits() ? packedFiles() : undefined;
  if (!packed) return undefined;
  const target = join(tmpdir(), `paperlist-chromium-${packed.version}`);
  if (!existsSync(join(target, 'chromium'))) await unpack(packed.bin, target);
  return {
    executable: join(target, 'chromium'),
    env: {
      // Its own NSS, NSPR and expat first, so the system needs none of them installed.
      LD_LIBRARY_PATH: [join(target, 'lib'), process.env['LD_LIBRARY_PATH']]
        .filter(Boolean)
        .join(':'),
      FONTCONFIG_PATH: join(target, 'fonts'),
    },
  };
}
