// The ranking: closeness to the list by TF-IDF cosine, and the likeliest section, on a small list
// whose sections have distinct words.
import { describe, expect, it } from 'vitest';
import { rankAgainstList } from '../../../src/core/digest/rank.js';
import { rankWords, stem } from '../../../src/core/digest/words.js';
import { SMALL_LIST } from './small-list.js';

describe('rankWords', () => {
  it('folds case and simple suffixes and drops common words and numbers', () => {
    expect(rankWords('Early Exiting of the Networks in 2024')).toEqual([
      'early',
      'exit',
      'network',
    ]);
    expect(stem('studies')).toBe('study');
    expect(stem('running')).toBe('run');
    expect(stem('class')).toBe('class');
    expect(stem('exits')).toBe('exit');
  });
});

describe('rankAgainstList', () => {
  it('names the section whose papers share the most telling words', () => {
    const [policy, lm, arch] = rankAgainstList(SMALL_LIST, [
      { title: 'Calibrated confidence thresholds decide when to exit' },
      {
        title: 'Skipping layers of large language models',
        abstract: 'Decoder layers are skipped.',
      },
      { title: 'Internal classifiers for residual networks on mobile devices' },
    ]);
    expect(policy?.section).toBe('Exit Policies');
    expect(lm?.section).toBe('Language Models');
    expect(arch?.section).toBe('Architectures');
  });

  it('scores a paper on the list’s subject above one on another subject', () => {
    const [close, far] = rankAgainstList(SMALL_LIST, [
      { title: 'Early exiting with confidence thresholds for transformer networks' },
      { title: 'Protein folding with diffusion', abstract: 'We fold proteins in networks.' },
    ]);
    expect(close?.score).toBeGreaterThan(far?.score ?? 1);
    expect(close?.score).toBeLessThanOrEqual(1);
  });

  it('gives no section and a zero score to a paper sharing no word with the list', () => {
    const [none] = rankAgainstList(SMALL_LIST, [{ title: 'Protein folding with diffusion' }]);
    expect(none).toEqual({ score: 0 });
  });

  it('counts the K nearest papers: close to three papers is closer than close to one', () => {
    // "networks" is in three titles of one section, "patience" in one title.
    const [common, rare] = rankAgainstList(SMALL_LIST, [
      { title: 'Networks' },
      { title: 'Patience' },
    ]);
    expect(common?.score).toBeGreaterThan(rare?.score ?? 1);
    expect(common?.section).toBe('Architectures');
    expect(rare?.section).toBe('Exit Policies');
  });

  it('reads the abstracts a data file keeps', () => {
    const [withAbstract] = rankAgainstList(SMALL_LIST, [{ title: 'Decoder token skipping' }]);
    expect(withAbstract?.section).toBe('Language Models');
  });

  it('gives the same result for the same input', () => {
    const texts = [{ title: 'Early exit policies' }, { title: 'Multi-exit mobile networks' }];
    expect(rankAgainstList(SMALL_LIST, texts)).toEqual(rankAgainstList(SMALL_LIST, texts));
  });
});
