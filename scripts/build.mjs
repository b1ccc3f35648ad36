// Bundles the action entry and the CLI into dist/ (the configuration is in ./bundles.mjs, shared
// with the test suite, which builds the same bundles into a temporary folder).
import { buildBundles } from './bundles.mjs';

await buildBundles('dist');
