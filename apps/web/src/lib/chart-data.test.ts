import { describe, expect, it } from 'vitest';
import { ragByPillarBars, RAG_SERIES } from './chart-data';

describe('RAG by P chart data', () => {
  it('one bar per P in the order given, counts as in the report, total without cancelled', () => {
    const bars = ragByPillarBars([
      { pillar: 'PREVENT', rollUp: { total: 8, byRag: { red: 0, amber: 3, green: 3, blue: 2 } } },
      { pillar: 'PURSUE', rollUp: { total: 4, byRag: { red: 1, amber: 1, green: 2, blue: 0 } } },
    ]);
    expect(bars).toEqual([
      { pillar: 'Prevent', Red: 0, Amber: 3, Green: 3, Blue: 2, total: 8 },
      { pillar: 'Pursue', Red: 1, Amber: 1, Green: 2, Blue: 0, total: 4 },
    ]);
  });
  it('stacks worst first and gives every series a distinct colour', () => {
    expect(RAG_SERIES.map((s) => s.key)).toEqual(['Red', 'Amber', 'Green', 'Blue']);
    expect(new Set(RAG_SERIES.map((s) => s.colour)).size).toBe(4);
  });
});

describe('the y axis of the chart', () => {
  it('steps by 1 up to 5, then by 2, 5 or 10 times a power of ten', async () => {
    const { tickStep } = await import('../components/RagChart');
    expect(tickStep(4)).toBe(1);
    expect(tickStep(8)).toBe(2);
    expect(tickStep(24)).toBe(5);
    expect(tickStep(150)).toBe(50);
  });
});
