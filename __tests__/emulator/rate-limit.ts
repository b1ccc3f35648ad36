// x-ratelimit-* headers as GitHub sends them on every response, counted per token. A test can set
// how many requests the budget has left (`setRemaining`): the workflow token's responses then count
// down from there, and once nothing is left every request is refused with 403, as GitHub refuses an
// exhausted installation, until the test sets a new budget.
export class RateLimits {
  private readonly used = new Map<string, number>();
  private reset = Math.floor(Date.now() / 1000) + 3600;
  /** Requests left for authenticated tokens, when a test set it. */
  private left: number | undefined;

  constructor(private readonly limit: number) {}

  setRemaining(remaining: number | undefined, resetAt?: number): void {
    this.left = remaining;
    if (resetAt !== undefined) this.reset = resetAt;
  }

  /** Whether a request with this token is over budget (and answered with 403). */
  exhausted(token: string | undefined): boolean {
    return token !== undefined && this.left !== undefined && this.left <= 0;
  }

  headers(token: string | undefined): Record<string, string> {
    const key = token ?? '';
    const used = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, used);
    const limit = token ? this.limit : 60;
    let remaining = Math.max(0, limit - used);
    if (token && this.left !== undefined) remaining = this.left = Math.max(0, this.left - 1);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-resource': 'core',
    };
  }
}

export const RATE_LIMIT_EXCEEDED = {
  message:
    'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
};
