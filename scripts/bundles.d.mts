// Types of scripts/bundles.mjs, for the TypeScript test set-up that builds the bundles.
import type { Metafile } from 'esbuild';

export declare const PROJECT_ROOT: string;
export declare const BUNDLES: Record<string, { entry: string; chunks?: string }>;
export declare function buildBundles(outDir: string): Promise<Record<string, Metafile>>;
