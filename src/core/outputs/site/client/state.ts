// The reader's view (query, filters, sort) and the URL: it lives in the fragment (`#q=exit&year=2024`)
// so a filtered view can be shared, works from file:// as on a web server, and a section's link
// (`#section=...`) is itself such a view.

export const FILTERS = ['category', 'section', 'year', 'venue'] as const;
export type Filter = (typeof FILTERS)[number];

export interface View {
  q: string;
  filters: Record<Filter, string>;
  sort: 'year' | 'title';
}

/** The view a fragment describes; unknown keys are ignored. */
export function readView(hash: string): View {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = {} as Record<Filter, string>;
  for (const f of FILTERS) filters[f] = params.get(f) ?? '';
  return {
    q: params.get('q') ?? '',
    filters,
    sort: params.get('sort') === 'title' ? 'title' : 'year',
  };
}

/** The fragment for a view, without `#`; empty for the default view. */
export function writeView(view: View): string {
  const params = new URLSearchParams();
  if (view.q !== '') params.set('q', view.q);
  for (const f of FILTERS) if (view.filters[f] !== '') params.set(f, view.filters[f]);
  if (view.sort !== 'year') params.set('sort', view.sort);
  return params.toString();
}
