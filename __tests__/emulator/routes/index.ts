// The route table, most specific patterns first where two could match the same path.
import type { Route } from '../http.js';
import { collaboratorRoutes } from './collaborators.js';
import { contentRoutes } from './contents.js';
import { gitDataRoutes } from './git-data.js';
import { gitRefRoutes } from './git-refs.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullFileRoutes } from './pull-files.js';
import { pullRoutes } from './pulls.js';
import { reactionRoutes } from './reactions.js';
import { repoRoutes } from './repos.js';
import { statusRoutes } from './statuses.js';

export const routes: Route[] = [
  ...gitRefRoutes,
  ...gitDataRoutes,
  // Before the contents routes: `commits/{+ref}` would take `commits/{sha}/status` as a ref.
  ...statusRoutes,
  ...contentRoutes,
  ...pullFileRoutes,
  ...pullRoutes,
  ...labelRoutes,
  ...reactionRoutes,
  ...issueRoutes,
  ...collaboratorRoutes,
  ...repoRoutes,
];
