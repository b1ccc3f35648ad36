// The workflow `paperlist init` writes: the events the action answers, the permissions it needs,
// and no checkout (the action works through the GitHub API). Pushes to the repository's default
// branch start it.

/** The workflow for a repository whose default branch is `branch`. */
export function workflowText(branch = 'main'): string {
  const name = /^[\w./-]+$/.test(branch) ? branch : JSON.stringify(branch);
  return WORKFLOW_TEXT.replace('branches: [main]', `branches: [${name}]`);
}

export const WORKFLOW_TEXT = `name: paperlist
on:
  issues:
    types: [opened, edited, reopened, closed]
  issue_comment:
    types: [created, edited]
  push:
    branches: [main]
  schedule:
    - cron: '17 4 * * 1'
  workflow_dispatch:
permissions:
  contents: write
  issues: write
  pull-requests: write
concurrency:
  group: paperlist-\${{ github.event.comment.id && format('comment-{0}', github.event.comment.id) || github.event.issue.number || github.ref }}
  cancel-in-progress: false
jobs:
  paperlist:
    runs-on: ubuntu-latest
    steps:
      - uses: paperlist/paperlist@v1
`;
