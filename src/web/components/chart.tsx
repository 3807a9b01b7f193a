import { useEffect, useRef, useState, type ReactNode } from 'react';

type PlotModule = typeof import('@observablehq/plot');

/** A column of a chart's data: its CSV header and table heading, and how a row shows in it. */
export interface Column<Row> {
  readonly key: string;
  readonly label: string;
  readonly value: (row: Row) => string | number | null;
}

export interface ChartProps<Row> {
  /** Names the downloads: `<name>.png`, `.svg`, `.csv`. */
  readonly name: string;
  /** What the chart shows, in words: its visible caption. */
  readonly caption: ReactNode;
  /** A sentence that says what the chart says, for screen readers (the chart itself is an image to them). */
  readonly summary: string;
  /** The chart's data, one row per mark: the CSV download and the data table. */
  readonly rows: readonly Row[];
  readonly columns: ReadonlyArray<Column<Row>>;
  /** Draws the chart for a width in pixels (Observable Plot, loaded on demand). */
  readonly draw: (Plot: PlotModule, width: number) => SVGSVGElement | HTMLElement;
  /** Charts wider than their box (a heatmap on a phone) scroll sideways instead of shrinking below this. */
  readonly minWidth?: number;
  readonly testId?: string;
  /** The data table, when something other than one row per item of `rows` serves better. */
  readonly table?: ReactNode;
}

/**
 * A chart drawn by Observable Plot, loaded only when a page shows one, with its text alternative (a
 * caption, a summary read as the image's name, and the data as a table on request) and downloads:
 * the picture as PNG or SVG and its data as CSV, all made in the browser.
 */
export function Chart<Row>({
  name,
  caption,
  summary,
  rows,
  columns,
  draw,
  minWidth = 0,
  testId,
  table,
}: ChartProps<Row>) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const measure = () => setWidth(Math.max(minWidth, Math.floor(node.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [minWidth]);

  useEffect(() => {
    if (!width || !plot.current) return;
    let cancelled = false;
    const node = plot.current;
    import('@observablehq/plot')
      .then((Plot) => {
        if (cancelled) return;
        const chart = draw(Plot, width);
        // The box is the image (role img, named by the summary); Plot's own labels inside it are not read.
        chart.setAttribute('aria-hidden', 'true');
        node.replaceChildren(chart);
        setFailed(null);
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [draw, width]);

  return (
    <figure className="chart" data-testid={testId}>
      {/* A chart wider than its box scrolls sideways, and can be scrolled from the keyboard. */}
      <div ref={box} className="chart-box" tabIndex={minWidth ? 0 : undefined}>
        <div ref={plot} className="plot" role="img" aria-label={summary} />
      </div>
      <figcaption>{caption}</figcaption>
      {failed ? (
        <p className="problem" role="alert">
          The chart could not be drawn ({failed}); the data is in the table below.
        </p>
      ) : null}
      <p className="downloads">
        Download:{' '}
        <button type="button" onClick={() => void downloadPng(plot.current, name)}>
          PNG
        </button>{' '}
        <button type="button" onClick={() => downloadSvg(plot.current, name)}>
          SVG
        </button>{' '}
        <button
          type="button"
          onClick={() => save(new Blob([csvOf(rows, columns)], { type: 'text/csv' }), `${name}.csv`)}
        >
          CSV (data)
        </button>
      </p>
      <details className="data-table">
        <summary>Data table</summary>
        {table ?? <DataTable rows={rows} columns={columns} />}
      </details>
    </figure>
  );
}

/** The chart's rows as a table: what the chart shows, readable without it. */
export function DataTable<Row>({ rows, columns }: { rows: readonly Row[]; columns: ReadonlyArray<Column<Row>> }) {
  return (
    <div className="scroll">
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c, j) =>
                j === 0 ? (
                  <th scope="row" key={c.key}>
                    {shown(c.value(row))}
                  </th>
                ) : (
                  <td key={c.key}>{shown(c.value(row))}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const shown = (v: string | number | null) => (v === null ? '—' : typeof v === 'number' ? v.toLocaleString('en') : v);

/** RFC 4180 CSV: a header line, then one line per row; empty where a value is null. */
export function csvOf<Row>(rows: readonly Row[], columns: ReadonlyArray<Column<Row>>): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map((c) => cell(c.key)), ...rows.map((r) => columns.map((c) => cell(c.value(r))))]
    .map((line) => line.join(','))
    .join('\r\n')
    .concat('\r\n');
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The chart as one standalone SVG: Plot draws a colour legend as an SVG of its own above the chart,
 * so every top-level SVG is stacked in order on a white ground, each with its own styles.
 */
export function svgOf(node: HTMLElement | null): { text: string; width: number; height: number } | null {
  if (!node) return null;
  const parts = [...node.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
  if (!parts.length) return null;
  const pad = 10;
  let y = pad;
  let width = 0;
  const inner = parts.map((svg) => {
    const w = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
    const h = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', String(pad));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
    y += h + 8;
    width = Math.max(width, w);
    return new XMLSerializer().serializeToString(clone);
  });
  const height = y - 8 + pad;
  width += 2 * pad;
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="system-ui, sans-serif" font-size="10"><rect width="100%" height="100%" fill="#fff"/>${inner.join('')}</svg>`;
  return { text, width, height };
}

function downloadSvg(node: HTMLElement | null, name: string): void {
  const svg = svgOf(node);
  if (svg) save(new Blob([svg.text], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** The SVG drawn on a canvas at twice its size (a data: image, which the site's policy allows and which leaves the canvas readable). */
async function downloadPng(node: HTMLElement | null, name: string): Promise<void> {
  const svg = svgOf(node);
  if (!svg) return;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(svg.width * scale);
  canvas.height = Math.ceil(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, `${name}.png`);
}
