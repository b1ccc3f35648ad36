// The parts of an `issues` event payload the suggestion flow reads.

export interface IssuePayload {
  action: string;
  issue: {
    number: number;
    title: string;
    body: string | null;
    html_url: string;
    state: string;
    comments: number;
    created_at?: string;
    updated_at?: string;
    labels: { name: string }[];
    user: { login: string; id: number; type?: string } | null;
    pull_request?: unknown;
  };
}
