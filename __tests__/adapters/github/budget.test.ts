import { describe, expect, it } from 'vitest';
import { RequestBudget } from '../../../src/adapters/github/budget.js';

const clock = (t: number) => ({ now: () => t, sleep: async () => {} });

describe('the request budget', () => {
  it('knows nothing before an answer, then what the headers say', () => {
    const budget = new RequestBudget(clock(1_000_000), 25);
    expect(budget.left()).toBeUndefined();
    expect(budget.affords(1000)).toBe(true);
    budget.observe({ 'x-ratelimit-remaining': '60', 'x-ratelimit-reset': '2000' });
    expect(budget.left()).toBe(60);
    expect(budget.affords(35)).toBe(true);
    expect(budget.affords(36)).toBe(false);
    expect(budget.resetsAt()?.getTime()).toBe(2_000_000);
  });

  it('ignores answers without the headers', () => {
    const budget = new RequestBudget(clock(0), 0);
    budget.observe({ 'x-ratelimit-remaining': '5' });
    budget.observe({});
    budget.observe(undefined);
    expect(budget.left()).toBe(5);
  });

  it('a budget past its reset time is unknown again', () => {
    const budget = new RequestBudget(clock(3_000_000), 0);
    budget.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2000' });
    expect(budget.left()).toBeUndefined();
    expect(budget.waitIfExhausted()).toBe(0);
  });

  it('a used-up budget says how long until it renews', () => {
    const budget = new RequestBudget(clock(1_000_000), 0);
    budget.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1030' });
    expect(budget.waitIfExhausted()).toBe(30_000);
  });
});
