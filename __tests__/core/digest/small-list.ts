// A small list written for the digest's tests: three sections with distinct vocabularies, so a
// candidate's likeliest section is known in advance, and arXiv papers built in the answer's shape.
import type { ArxivPaper } from '../../../src/core/digest/types.js';
import type { Paper, PaperList } from '../../../src/core/types.js';

const paper = (title: string, extra: Record<string, unknown> = {}, links: Paper['links'] = []) => ({
  title,
  links,
  extra,
});

export const SMALL_LIST: PaperList = {
  sections: [
    {
      name: 'Architectures',
      category: 'Design',
      papers: [
        paper('Branch networks with early exits for fast inference', {}, [
          { label: 'PAGE', url: 'https://arxiv.org/abs/1709.01686' },
        ]),
        paper('Multi-exit convolutional networks on mobile devices'),
        paper('Attaching internal classifiers to deep residual networks'),
      ],
    },
    {
      name: 'Exit Policies',
      category: 'Design',
      papers: [
        paper('Learning when to exit: confidence thresholds for early exiting'),
        paper('Entropy based exit decisions with calibrated confidence', { doi: '10.1000/exit.2' }),
        paper('Patience based stopping of layer-wise predictions'),
      ],
    },
    {
      name: 'Language Models',
      category: 'Uses',
      papers: [
        paper('Early exiting for transformer language models', {
          abstract: 'We skip decoder layers of large language models when the token is easy.',
        }),
        paper('Adaptive depth for BERT text classification'),
      ],
    },
  ],
};

export function arxivPaper(id: string, title: string, more: Partial<ArxivPaper> = {}): ArxivPaper {
  return {
    id,
    title,
    authors: ['Ada Lovelace', 'Alan Turing'],
    published: '2026-11-20T10:00:00Z',
    abstract: 'A short abstract. With a second sentence.',
    ...more,
  };
}
