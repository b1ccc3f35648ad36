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

interface Controls {
  list: HTMLOListElement;
  search: HTMLInputElement;
  sort: HTMLSelectElement;
  selects: Record<Filter, HTMLSelectElement>;
  count: HTMLElement;
  chart: SVGSVGElement;
}

function controls(): Controls {
  return {
    list: byId<HTMLOListElement>('papers'),
    search: byId<HTMLInputElement>('q'),
    sort: byId<HTMLSelectElement>('sort'),
    selects: Object.fromEntries(
      FILTERS.map((f) => [f, byId<HTMLSelectElement>(`f-${f}`)]),
    ) as Record<Filter, HTMLSelectElement>,
    count: byId('count'),
    chart: document.getElementById('chart-svg') as unknown as SVGSVGElement,
  };
}

/** The view the controls show now. */
function current(c: Controls): View {
  return {
    q: c.search.value,
    filters: Object.fromEntries(FILTERS.map((f) => [f, c.selects[f].value])) as View['filters'],
    sort: c.sort.value === 'title' ? 'title' : 'year',
  };
}

/** Shows the items `view` selects, in its order, with the count and the chart. */
function show(c: Controls, items: readonly Item[], view: View): void {
  const query = normalize(view.q);
  const shown: Item[] = [];
  for (const item of items) {
    const visible =
      matches(item.text, query) &&
      FILTERS.every((f) => view.filters[f] === '' || item.values[f].includes(view.filters[f]));
    item.node.hidden = !visible;
    if (visible) shown.push(item);
  }
  c.list.append(...[...items].sort(order(view.sort)).map((i) => i.node));
  const total = items.length;
  c.count.textContent =
    shown.length === total
      ? `${total} paper${total === 1 ? '' : 's'}`
      : `Showing ${shown.length} of ${total} papers`;
  drawChart(
    c.chart,
    shown.map((i) => i.year).filter((y) => y !== ''),
  );
}

/** Sets the controls to the view in the URL (a value the list no longer has falls back to "all"). */
function restore(c: Controls, items: readonly Item[]): void {
  const view = readView(location.hash);
  c.search.value = view.q;
  for (const f of FILTERS) {
    c.selects[f].value = view.filters[f];
    if (c.selects[f].value !== view.filters[f]) c.selects[f].value = '';
  }
  c.sort.value = view.sort;
  show(c, items, current(c));
}

/** The BibTeX buttons: copy the entry, say so in the status line. */
function copyOnClick(list: HTMLElement): void {
  const bibtex = JSON.parse(byId('bibtex').textContent ?? '{}') as Record<string, string>;
  const status = byId('copy-status');
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
    const key = button?.dataset['key'];
    if (!key) return;
    void copyText(bibtex[key] ?? '').then((ok) => {
      status.textContent = ok ? `Copied the BibTeX entry ${key}` : 'Copying failed; see papers.bib';
    });
  });
}

function start(): void {
  const c = controls();
  const items = [...c.list.querySelectorAll<HTMLElement>('[data-paper]')].map(readItem);
  const update = (): void => {
    const view = current(c);
    const hash = writeView(view);
    history.replaceState(null, '', hash === '' ? location.pathname + location.search : `#${hash}`);
    show(c, items, view);
  };
  c.search.addEventListener('input', update);
  c.sort.addEventListener('change', update);
  for (const f of FILTERS) c.selects[f].addEventListener('change', update);
  byId('controls').addEventListener('submit', (event) => event.preventDefault());
  byId('reset').addEventListener('click', () => {
    history.replaceState(null, '', location.pathname + location.search);
    restore(c, items);
  });
  window.addEventListener('hashchange', () => restore(c, items));
  copyOnClick(c.list);
  restore(c, items);
}

start();
