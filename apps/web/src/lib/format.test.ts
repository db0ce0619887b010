import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, formatDateTime, monthsBefore, percent, reasonSentence, relativeDays, todayIn } from './format';

describe('dates in words', () => {
  it('writes a calendar date the GOV.UK way, with no timezone shift', () => {
    expect(formatDate('2026-09-30')).toBe('30 September 2026');
    expect(formatDate('2027-01-01')).toBe('1 January 2027');
  });
  it('counts days across a month end and a leap day', () => {
    expect(daysBetween('2026-09-30', '2026-11-29')).toBe(60);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('goes back whole months, clamping to the shorter month', () => {
    expect(monthsBefore('2026-11-29', 3)).toBe('2026-08-29');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-15');
  });
  it('says how long ago in days', () => {
    expect(relativeDays('2026-11-28', '2026-11-29')).toBe('1 day ago');
    expect(relativeDays('2026-11-29', '2026-11-29')).toBe('today');
    expect(relativeDays('2026-12-09', '2026-11-29')).toBe('in 10 days');
  });
});

describe("today in the partnership's timezone", () => {
  it('is still yesterday in London at 23:30 UTC in winter, but tomorrow in Auckland', () => {
    const now = new Date('2026-11-29T23:30:00Z');
    expect(todayIn('Europe/London', now)).toBe('2026-11-29');
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-11-30');
    expect(todayIn('America/New_York', now)).toBe('2026-11-29');
  });
  it('follows British Summer Time: 23:30 UTC on 30 June is 1 July in London', () => {
    expect(todayIn('Europe/London', new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
  it('writes when a return was recorded in local time', () => {
    expect(formatDateTime('2026-06-30T23:30:00Z', 'Europe/London')).toBe('1 July 2026 at 12:30am');
    expect(formatDateTime('2026-11-29T14:05:00Z', 'Europe/London')).toBe('29 November 2026 at 2:05pm');
  });
});

describe('reasons in sentences', () => {
  const ctx = { asOf: '2026-11-29', dueDate: '2026-09-30', staleAfterDays: 30 };
  it('overdue, with the due date and how long ago', () => {
    expect(reasonSentence('OVERDUE', ctx)).toBe('Overdue: due 30 September 2026, 60 days ago');
  });
  it('a milestone overdue names the worst one and counts the rest', () => {
    expect(
      reasonSentence('MILESTONE_OVERDUE', {
        ...ctx,
        overdueMilestones: [
          { title: 'Pathway live', dueDate: '2026-08-31' },
          { title: 'Training', dueDate: '2026-10-01' },
        ],
      }),
    ).toBe('Milestone overdue: "Pathway live" was due 31 August 2026, 90 days ago (and 1 more)');
  });
  it('no recent update: the last report when known, never when there was none, the window otherwise', () => {
    expect(reasonSentence('NO_RECENT_UPDATE', { ...ctx, lastReportedOn: '2026-09-20' })).toBe('No recent update: last reported 20 September 2026, 70 days ago');
    expect(reasonSentence('NO_RECENT_UPDATE', { ...ctx, lastReportedOn: null })).toBe('No recent update: no progress reported yet');
    expect(reasonSentence('NO_RECENT_UPDATE', ctx)).toBe('No recent update: nothing reported in the 30 days before 29 November 2026');
  });
  it('reported ratings and on hold', () => {
    expect(reasonSentence('REPORTED_RED', ctx)).toBe('Reported red: the latest progress return rates it red');
    expect(reasonSentence('ON_HOLD', ctx)).toBe('On hold: work on this action is paused');
  });
  it('percentages keep one decimal only when there is one', () => {
    expect(percent(61.9)).toBe('61.9%');
    expect(percent(62)).toBe('62%');
  });
});
