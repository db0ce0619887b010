import type { ActionStatusName } from '@app/domain';
import { isWithinPlan, mayReportStatus, Reporter } from './report-progress.rule';

describe('mayReportStatus', () => {
  const coordinator = { coordinates: true, leads: false };
  const lead = { coordinates: false, leads: true };
  const supporter = { coordinates: false, leads: false };

  it.each<[string, Reporter, ActionStatusName, boolean]>([
    ['a coordinator', coordinator, 'COMPLETED', true],
    ['a coordinator', coordinator, 'CANCELLED', true],
    ['the lead agency', lead, 'COMPLETED', true],
    ['the lead agency', lead, 'CANCELLED', true],
    ['a supporting agency', supporter, 'COMPLETED', false],
    ['a supporting agency', supporter, 'CANCELLED', false],
    ['a supporting agency', supporter, 'IN_PROGRESS', true],
    ['a supporting agency', supporter, 'ON_HOLD', true],
    ['a supporting agency', supporter, 'NOT_STARTED', true],
  ])('%s reporting %s → %s', (_who, reporter, status, allowed) => {
    expect(mayReportStatus(reporter, status)).toBe(allowed);
  });
});

describe('isWithinPlan', () => {
  it.each([
    ['the day before the plan starts', '2024-03-31', false],
    ['the day the plan starts', '2024-04-01', true],
    ['the day after', '2024-04-02', true],
    ['a year before', '2023-04-01', false],
    ['a leap day after the start', '2028-02-29', true],
  ])('%s (%s) → %s', (_label, reportedOn, allowed) => {
    expect(isWithinPlan(reportedOn, '2024-04-01')).toBe(allowed);
  });
});
