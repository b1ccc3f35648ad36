// The hourly request budget, as GitHub reports it on every answer (`x-ratelimit-remaining`,
// `x-ratelimit-reset`). The client records it; a flow that has much to do (the rebuild of every
// open suggestion) asks it before each piece of work, so a busy list does what fits, keeps a
// reserve for the runs of other events, and leaves the rest to the next run instead of failing.
import type { Clock } from '../clock.js';

/** Requests kept back for other runs (a contributor's issue event) when the budget runs low. */
export const DEFAULT_RESERVE = 25;

type Headers = Record<string, string | number | undefined> | undefined;

export class RequestBudget {
  private remaining: number | undefined;
  private resetAt: number | undefined;

  constructor(
    private readonly clock: Clock,
    readonly reserve: number = DEFAULT_RESERVE,
  ) {}

  /** Takes the budget from an answer's headers (ignored when they do not carry it). */
  observe(headers: Headers): void {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const reset = Number(headers?.['x-ratelimit-reset']);
    if (headers?.['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
      this.remaining = remaining;
    }
    if (headers?.['x-ratelimit-reset'] !== undefined && Number.isFinite(reset)) {
      this.resetAt = reset * 1000;
    }
  }

  /** Requests left this hour, or undefined before any answer said. */
  left(): number | undefined {
    if (this.resetAt !== undefined && this.clock.now() >= this.resetAt) return undefined;
    return this.remaining;
  }

  /** When the budget is renewed, if known. */
  resetsAt(): Date | undefined {
    return this.resetAt === undefined ? undefined : new Date(this.resetAt);
  }

  /** Whether `requests` more fit in the budget with the reserve kept. */
  affords(requests: number): boolean {
    const left = this.left();
    return left === undefined || left - this.reserve >= requests;
  }

  /** Milliseconds until the budget is renewed when it is used up; 0 when requests may go now. */
  waitIfExhausted(): number {
    const left = this.left();
    if (left === undefined || left > 0 || this.resetAt === undefined) return 0;
    return Math.max(0, this.resetAt - this.clock.now());
  }
}

const budgets = new WeakMap<object, RequestBudget>();

export function attachBudget(client: object, budget: RequestBudget): void {
  budgets.set(client, budget);
}

/** The budget the client records (a client made without one never runs short). */
export function budgetOf(client: object): RequestBudget | undefined {
  return budgets.get(client);
}
