// x-ratelimit-* headers as GitHub sends them on every response, counted per token.
export class RateLimits {
  private readonly used = new Map<string, number>();
  private readonly reset = Math.floor(Date.now() / 1000) + 3600;

  constructor(private readonly limit: number) {}

  headers(token: string | undefined): Record<string, string> {
    const key = token ?? '';
    const used = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, used);
    const limit = token ? this.limit : 60;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-resource': 'core',
    };
  }
}
