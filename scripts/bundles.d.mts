// Types of scripts/bundles.mjs, for the TypeScript test set-up that builds the bundles.
export declare const PROJECT_ROOT: string;
export declare const BUNDLES: Record<string, { entry: string; banner: string }>;
export declare function buildBundles(outDir: string): Promise<void>;
