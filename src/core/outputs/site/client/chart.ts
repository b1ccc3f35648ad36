// The papers-per-year chart: an inline SVG bar chart of the papers shown, drawn with DOM calls (no
// markup strings), so the page needs no library and the chart follows the filters.

const SVG = 'http://www.w3.org/2000/svg';
const BAR = 26;
const GAP = 8;
const HEIGHT = 90;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Draws one bar per year of `years` (a year for each paper shown) into `svg`. */
export function drawChart(svg: SVGSVGElement, years: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const sorted = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const max = Math.max(1, ...sorted.map(([, n]) => n));
  const width = Math.max(1, sorted.length) * (BAR + GAP);
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${Math.max(width, 200)} ${HEIGHT + 30}`);
  svg.setAttribute('preserveAspectRatio', 'xMinYMax meet');
  svg.setAttribute(
    'aria-label',
    sorted.length === 0
      ? 'No papers shown'
      : `Papers per year: ${sorted.map(([y, n]) => `${y}: ${n}`).join(', ')}`,
  );
  sorted.forEach(([year, n], i) => {
    const h = Math.max(2, Math.round((n / max) * HEIGHT));
    const x = i * (BAR + GAP) + GAP / 2;
    const bar = el('rect', { x, y: HEIGHT - h + 14, width: BAR, height: h, class: 'bar' });
    bar.append(el('title', {}, `${year}: ${n} paper${n === 1 ? '' : 's'}`));
    svg.append(
      bar,
      el('text', { x: x + BAR / 2, y: HEIGHT - h + 10, class: 'n' }, String(n)),
      el('text', { x: x + BAR / 2, y: HEIGHT + 26, class: 'y' }, `’${year.slice(-2)}`),
    );
  });
}
