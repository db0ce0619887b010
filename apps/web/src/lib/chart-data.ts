import { PILLAR_LABEL, type Pillar, type Rag } from './format';

export interface PillarRag {
  pillar: Pillar;
  rollUp: { total: number; byRag: { red: number; amber: number; green: number; blue: number } };
}

export interface RagBar {
  pillar: string;
  Red: number;
  Amber: number;
  Green: number;
  Blue: number;
  total: number;
}

/** One bar per P in the 4 P's order given, its RAG counts stacked; the same numbers as the table beside it. */
export function ragByPillarBars(rows: readonly PillarRag[]): RagBar[] {
  return rows.map((r) => ({
    pillar: PILLAR_LABEL[r.pillar],
    Red: r.rollUp.byRag.red,
    Amber: r.rollUp.byRag.amber,
    Green: r.rollUp.byRag.green,
    Blue: r.rollUp.byRag.blue,
    total: r.rollUp.byRag.red + r.rollUp.byRag.amber + r.rollUp.byRag.green + r.rollUp.byRag.blue,
  }));
}

/** The series of the chart, in the order stacked (worst at the bottom). */
export const RAG_SERIES: { key: 'Red' | 'Amber' | 'Green' | 'Blue'; rag: Rag; colour: string }[] = [
  { key: 'Red', rag: 'RED', colour: '#ca3535' },
  { key: 'Amber', rag: 'AMBER', colour: '#f47738' },
  { key: 'Green', rag: 'GREEN', colour: '#0f7a52' },
  { key: 'Blue', rag: 'BLUE', colour: '#1d70b8' },
];
