// The route table, most specific patterns first where two could match the same path.
import type { Route } from '../http.js';
import { contentRoutes } from './contents.js';
import { gitDataRoutes } from './git-data.js';
import { gitRefRoutes } from './git-refs.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { repoRoutes } from './repos.js';

export const routes: Route[] = [
  ...gitRefRoutes,
  ...gitDataRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...labelRoutes,
  ...issueRoutes,
  ...repoRoutes,
];
