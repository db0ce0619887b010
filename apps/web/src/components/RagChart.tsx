import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { RAG_SERIES, type RagBar } from '../lib/chart-data';

/** RAG by P as stacked bars. Decorative for assistive technology: the table beside it has the figures. */
export default function RagChart({ bars }: { bars: RagBar[] }) {
  return (
    <div className="pdt-chart" role="img" aria-label="Bar chart of actions by RAG for each P. The same figures are in the table that follows.">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} accessibilityLayer={false} margin={{ top: 8, right: 8, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="pillar" tick={{ fill: '#0b0c0c' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#0b0c0c' }} />
          <Legend />
          {RAG_SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} stackId="rag" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
