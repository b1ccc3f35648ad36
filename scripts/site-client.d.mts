// Types of ./site-client.mjs.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export const SITE_CLIENT: string;
export function bundleSiteClient(): string;
export const esbuildSiteClient: EsbuildPlugin;
export const viteSiteClient: VitePlugin;
