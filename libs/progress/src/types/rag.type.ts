import { registerEnumType } from '@nestjs/graphql';

/**
 * GraphQL enums for the derived RAG and its reasons. Keys equal values on purpose: code-first
 * GraphQL emits the keys, and SQL and the pure rules deal in the values.
 */
export enum RagEnum {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
  BLUE = 'BLUE',
}

/** See `RagEnum`; listed in the order reasons are reported (red reasons first). */
export enum RagReasonEnum {
  OVERDUE = 'OVERDUE',
  REPORTED_RED = 'REPORTED_RED',
  MILESTONE_OVERDUE = 'MILESTONE_OVERDUE',
  NO_RECENT_UPDATE = 'NO_RECENT_UPDATE',
  REPORTED_AMBER = 'REPORTED_AMBER',
  ON_HOLD = 'ON_HOLD',
}

registerEnumType(RagEnum, {
  name: 'Rag',
  description: 'Derived status colour: BLUE completed, RED overdue or reported red, AMBER at risk, GREEN on track.',
});
registerEnumType(RagReasonEnum, { name: 'RagReason', description: 'A rule that contributed to the derived RAG.' });

/** What a reporter may state: BLUE is derived from COMPLETED, never reported. */
export const REPORTABLE_RAGS: readonly RagEnum[] = [RagEnum.RED, RagEnum.AMBER, RagEnum.GREEN];
