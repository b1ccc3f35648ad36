// Whether this run is the first attempt of its workflow run. A re-run repeats the original event
// payload word for word (its comment count included), so only a first attempt may trust that a new
// issue has no status comment yet.
export function isFirstAttempt(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_RUN_ATTEMPT === '1';
}
