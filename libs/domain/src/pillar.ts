/** The four P's a strategy's objectives are organised by (DESIGN.md), in the order boards read them. */
export const PILLARS = ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'] as const;
export type PillarName = (typeof PILLARS)[number];

/** Words for each P in what people read. */
export const PILLAR_LABEL: Readonly<Record<string, string>> = {
  PREVENT: 'Prevent',
  PURSUE: 'Pursue',
  PROTECT: 'Protect',
  PREPARE: 'Prepare',
};
