import { DEMO_PLAN } from './demo-plan.data';

/**
 * Structural invariants of the demo data. RAGs are not computed here: the rules live in the
 * progress library and the intended RAG per action is documented at the end of the data file.
 */
describe('DEMO_PLAN', () => {
  const agencyKeys = new Set(DEMO_PLAN.agencies.map((a) => a.key));
  const userKeys = new Set(DEMO_PLAN.users.map((u) => u.key));
  const objectiveCodes = new Set(DEMO_PLAN.objectives.map((o) => o.code));
  const allUpdates = DEMO_PLAN.actions.flatMap((a) => a.updates.map((u) => ({ ref: a.ref, ...u })));

  it('has between 24 and 26 actions', () => {
    expect(DEMO_PLAN.actions.length).toBeGreaterThanOrEqual(24);
    expect(DEMO_PLAN.actions.length).toBeLessThanOrEqual(26);
  });

  it('has unique action refs', () => {
    const refs = DEMO_PLAN.actions.map((a) => a.ref);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('has unique agency keys, user keys and user emails', () => {
    expect(agencyKeys.size).toBe(DEMO_PLAN.agencies.length);
    expect(userKeys.size).toBe(DEMO_PLAN.users.length);
    const emails = DEMO_PLAN.users.map((u) => u.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z.]+@example\.org$/);
  });

  it('has no admin among the demo users', () => {
    expect(DEMO_PLAN.users.filter((u) => u.isAdmin === true)).toEqual([]);
  });

  it('has unique objective codes and every action points at one of them', () => {
    expect(objectiveCodes.size).toBe(DEMO_PLAN.objectives.length);
    for (const action of DEMO_PLAN.actions) expect(objectiveCodes).toContain(action.objectiveCode);
  });

  it('covers all four pillars', () => {
    const pillars = new Set(DEMO_PLAN.objectives.map((o) => o.pillar));
    expect([...pillars].sort()).toEqual(['PREPARE', 'PREVENT', 'PROTECT', 'PURSUE']);
  });

  it('gives every objective at least one action', () => {
    const used = new Set(DEMO_PLAN.actions.map((a) => a.objectiveCode));
    expect([...objectiveCodes].filter((code) => !used.has(code))).toEqual([]);
  });

  it('references only agencies and users that exist', () => {
    for (const user of DEMO_PLAN.users) {
      if (user.agencyKey !== null) expect(agencyKeys).toContain(user.agencyKey);
    }
    for (const action of DEMO_PLAN.actions) {
      expect(agencyKeys).toContain(action.leadAgencyKey);
      for (const key of action.supportingAgencyKeys) expect(agencyKeys).toContain(key);
      expect(action.supportingAgencyKeys).not.toContain(action.leadAgencyKey);
      if (action.leadOfficerKey !== undefined) expect(userKeys).toContain(action.leadOfficerKey);
      for (const update of action.updates) expect(userKeys).toContain(update.authorKey);
    }
  });

  it('has updates authored by the lead agency’s partner, or the coordinator when it has none', () => {
    const coordinator = DEMO_PLAN.users.find((u) => u.role === 'COORDINATOR');
    expect(coordinator?.key).toBe('coordinator');
    for (const action of DEMO_PLAN.actions) {
      const partner = DEMO_PLAN.users.find((u) => u.role === 'PARTNER' && u.agencyKey === action.leadAgencyKey);
      const expected = partner?.key ?? 'coordinator';
      for (const update of action.updates) expect({ ref: action.ref, author: update.authorKey }).toEqual({ ref: action.ref, author: expected });
    }
  });

  it('reports COMPLETED only at 100 percent', () => {
    const bad = allUpdates.filter((u) => u.status === 'COMPLETED' && u.percent !== 100);
    expect(bad).toEqual([]);
  });

  it('keeps percents as integers from 0 to 100 and never reports in the future', () => {
    for (const u of allUpdates) {
      expect(Number.isInteger(u.percent)).toBe(true);
      expect(u.percent).toBeGreaterThanOrEqual(0);
      expect(u.percent).toBeLessThanOrEqual(100);
      expect(u.daysAgo).toBeGreaterThanOrEqual(0);
      expect(u.narrative.length).toBeGreaterThan(0);
      expect(u.narrative.length).toBeLessThanOrEqual(5000);
    }
  });

  it('lists updates oldest first', () => {
    for (const action of DEMO_PLAN.actions) {
      for (let i = 1; i < action.updates.length; i++) {
        expect(action.updates[i].daysAgo).toBeLessThanOrEqual(action.updates[i - 1].daysAgo);
      }
    }
  });

  it('never lowers percent complete except in a stated correction', () => {
    const decreases: string[] = [];
    for (const action of DEMO_PLAN.actions) {
      for (let i = 1; i < action.updates.length; i++) {
        const update = action.updates[i];
        if (update.percent < action.updates[i - 1].percent && !update.narrative.startsWith('Correction:')) {
          decreases.push(action.ref);
        }
      }
    }
    expect(decreases).toEqual([]);
  });

  it('has no update after a terminal status', () => {
    for (const action of DEMO_PLAN.actions) {
      const terminal = action.updates.findIndex((u) => u.status === 'COMPLETED' || u.status === 'CANCELLED');
      if (terminal >= 0) expect({ ref: action.ref, last: terminal }).toEqual({ ref: action.ref, last: action.updates.length - 1 });
    }
  });

  it('gives every action 1 to 4 milestones, completed only in the past', () => {
    for (const action of DEMO_PLAN.actions) {
      expect(action.milestones.length).toBeGreaterThanOrEqual(1);
      expect(action.milestones.length).toBeLessThanOrEqual(4);
      for (const m of action.milestones) {
        if (m.completedDaysAgo !== undefined) expect(m.completedDaysAgo).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('has at most 5 updates per action, and exactly 1.5 and 7.2 without any', () => {
    for (const action of DEMO_PLAN.actions) expect(action.updates.length).toBeLessThanOrEqual(5);
    expect(DEMO_PLAN.actions.filter((a) => a.updates.length === 0).map((a) => a.ref)).toEqual(['1.5', '7.2']);
  });

  it('has the partnership, strategy and plan the docs describe', () => {
    expect(DEMO_PLAN.partnership).toEqual({ name: 'Northshire Modern Slavery Partnership', slug: 'northshire-msp', staleAfterDays: 120 });
    expect(DEMO_PLAN.strategy).toEqual({ title: 'Modern Slavery Strategy 2024–2027', startYearOffset: -2, endYearOffset: 1 });
    expect(DEMO_PLAN.plan).toEqual({ title: 'Delivery Plan 2024–2026', startYearOffset: -2, endYearOffset: 0 });
  });
});
