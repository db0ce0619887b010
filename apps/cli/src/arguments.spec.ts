import { parseArguments, UsageError } from './arguments';

const PLAN = '3f2b6a0e-8c1d-4e5f-9a7b-0c1d2e3f4a5b';

describe('the command line arguments', () => {
  it('reads report --plan with optional --as-of and --since, as two words or name=value', () => {
    expect(parseArguments(['report', '--plan', PLAN])).toEqual({ command: 'report', planId: PLAN, asOf: null, since: null });
    expect(parseArguments(['report', `--plan=${PLAN}`, '--as-of', '2026-09-30', '--since=2026-06-30'])).toEqual({
      command: 'report',
      planId: PLAN,
      asOf: '2026-09-30',
      since: '2026-06-30',
    });
  });

  it.each([
    [[], /No command given/],
    [['publish'], /Unknown command "publish"/],
    [['report'], /--plan is required/],
    [['report', '--plan'], /--plan needs a value/],
    [['report', '--plan', 'plan-7'], /--plan must be a delivery plan's id \(a UUID\), got "plan-7"/],
    [['report', '--plan', PLAN, '--as-of', '2026-02-30'], /--as-of must be a date as YYYY-MM-DD, got "2026-02-30"/],
    [['report', '--plan', PLAN, '--format', 'csv'], /Unknown option "--format"/],
  ])('refuses %j, saying what is wrong', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});
