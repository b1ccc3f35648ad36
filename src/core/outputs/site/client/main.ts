// The reader page's script: search, filters, sort, the count, the chart, the view in the URL and the
// BibTeX buttons. The list itself is in the page as HTML (readable without the script); this only
// shows, hides and reorders its items. Every text it writes goes through textContent.
import { drawChart } from './chart.js';
import { copyText } from './copy.js';
import { matches, normalize } from './normalize.js';
import { FILTERS, readView, writeView, type Filter, type View } from './state.js';

interface Item {
  node: HTMLElement;
  text: string;
  title: string;
  year: string;
  values: Record<Filter, string[]>;
}

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function readItem(node: HTMLElement): Item {
  const part = (cls: string) => node.querySelector(`.${cls}`)?.textContent ?? '';
  const list = (name: string): string[] => JSON.parse(node.dataset[name] ?? '[]') as string[];
  const year = node.dataset['year'] ?? '';
  const venue = part('venue');
  return {
    node,
    text: normalize([part('title'), part('abbr'), part('authors'), venue].join(' ')),
    title: normalize(part('title')),
    year,
    values: {
      category: list('categories'),
      section: list('sections'),
      year: [year],
      venue: [venue],
    },
  };
}

function order(sort: View['sort']): (a: Item, b: Item) => number {
  const byTitle = (a: Item, b: Item) => a.title.localeCompare(b.title);
  return sort === 'title' ? byTitle : (a, b) => b.year.localeCompare(a.year) || byTitle(a, b);
}

function start(): void {
  const listNode = byId<HTMLOListElement>('papers');
  const items = [...listNode.querySelectorAll<HTMLElement>('[data-paper]')].map(readItem);
  const search = byId<HTMLInputElement>('q');
  const sort = byId<HTMLSelectElement>('sort');
  const selects = Object.fromEntries(
    FILTERS.map((f) => [f, byId<HTMLSelectElement>(`f-${f}`)]),
  ) as Record<Filter, HTMLSelectElement>;
  const count = byId('count');
  const chart = document.getElementById('chart-svg') as unknown as SVGSVGElement;
  const bibtex = JSON.parse(byId('bibtex').textContent ?? '{}') as Record<string, string>;
  const status = byId('copy-status');

  const current = (): View => ({
    q: search.value,
    filters: Object.fromEntries(FILTERS.map((f) => [f, selects[f].value])) as View['filters'],
    sort: sort.value === 'title' ? 'title' : 'year',
  });

  const show = (view: View): void => {
    const query = normalize(view.q);
    const shown: Item[] = [];
    for (const item of items) {
      const visible =
        matches(item.text, query) &&
        FILTERS.every((f) => view.filters[f] === '' || item.values[f].includes(view.filters[f]));
      item.node.hidden = !visible;
      if (visible) shown.push(item);
    }
    listNode.append(...[...items].sort(order(view.sort)).map((i) => i.node));
    const total = items.length;
    count.textContent =
      shown.length === total
        ? `${total} paper${total === 1 ? '' : 's'}`
        : `Showing ${shown.length} of ${total} papers`;
    drawChart(
      chart,
      shown.map((i) => i.year).filter((y) => y !== ''),
    );
  };

  const restore = (): void => {
    const view = readView(location.hash);
    search.value = view.q;
    for (const f of FILTERS) {
      const select = selects[f];
      select.value = view.filters[f];
      // A value the list no longer has (an old shared link) falls back to "all".
      if (select.value !== view.filters[f]) select.value = '';
    }
    sort.value = view.sort;
    show(current());
  };

  const update = (): void => {
    const view = current();
    const hash = writeView(view);
    history.replaceState(null, '', hash === '' ? location.pathname + location.search : `#${hash}`);
    show(view);
  };

  search.addEventListener('input', update);
  sort.addEventListener('change', update);
  for (const f of FILTERS) selects[f].addEventListener('change', update);
  byId('controls').addEventListener('submit', (event) => event.preventDefault());
  byId('reset').addEventListener('click', () => {
    history.replaceState(null, '', location.pathname + location.search);
    restore();
  });
  window.addEventListener('hashchange', restore);
  listNode.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    const key = button?.dataset['key'];
    if (!key) return;
    void copyText(bibtex[key] ?? '').then((ok) => {
      status.textContent = ok ? `Copied the BibTeX entry ${key}` : 'Copying failed; see papers.bib';
    });
  });
  restore();
}

start();
