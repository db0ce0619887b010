import { RAG_SERIES, type RagBar } from '../lib/chart-data';

const SHAPE: Record<string, string> = { Red: '▲', Amber: '◆', Green: '●', Blue: '■' };

/** A step for the y axis that gives at most about five gridlines. */
export function tickStep(max: number): number {
  if (max <= 5) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
}

/**
 * RAG by P as stacked bars, drawn as plain SVG (no chart library to download). An image for
 * assistive technology, labelled; the table after it has the same figures.
 */
export default function RagChart({ bars }: { bars: RagBar[] }) {
  const width = 640;
  const height = 260;
  const left = 36;
  const bottom = 28;
  const top = 10;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.total));
  const step = tickStep(max);
  const yMax = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: yMax / step + 1 }, (_, i) => i * step);
  const slot = (width - left) / Math.max(1, bars.length);
  const barW = Math.min(90, slot * 0.6);
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  return (
    <figure className="pdt-chart" role="img" aria-label="Bar chart of actions by RAG for each P. The same figures are in the table that follows.">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" height="100%" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width} y1={y(t)} y2={y(t)} stroke="#b1b4b6" strokeDasharray={t === 0 ? undefined : '3 3'} />
            <text x={left - 8} y={y(t) + 4} textAnchor="end" fontSize="13" fill="#0b0c0c">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = left + slot * i + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={b.pillar}>
              {RAG_SERIES.map((s) => {
                const v = b[s.key];
                const rect =
                  v > 0 ? (
                    <rect key={s.key} x={x} y={y(base + v)} width={barW} height={y(base) - y(base + v)} fill={s.colour} stroke="#fff" strokeWidth="1" />
                  ) : null;
                base += v;
                return rect;
              })}
              <text x={x + barW / 2} y={height - 8} textAnchor="middle" fontSize="14" fill="#0b0c0c">
                {b.pillar}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="pdt-chart__legend" aria-hidden="true">
        {RAG_SERIES.map((s) => (
          <span key={s.key} className="pdt-chart__key">
            <span className={`pdt-chart__swatch pdt-chart__swatch--${s.key.toLowerCase()}`}>{SHAPE[s.key]}</span> {s.key}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
