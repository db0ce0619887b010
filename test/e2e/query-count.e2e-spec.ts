import { graphql } from '../generated';
import { createAction, createPlan, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/** The nested read a board pack or a dashboard makes: plan → objectives → actions → agencies → milestones. */
const WHOLE_PLAN = graphql(`query WholePlan($id: ID!) {
  deliveryPlan(id: $id) {
    title startDate endDate
    strategy { title partnership { name agencies { name } } objectives { code pillar title } }
    actions {
      id ref title dueDate pillar version
      objective { code title }
      leadAgency { name kind }
      supportingAgencies { name }
      leadOfficer { name agency { name } }
      milestones { title dueDate completedOn action { ref } }
    }
  }
}`);

async function enterPlan(server: TestServer, world: World, actions: number): Promise<string> {
  const coordinator = world.clients.coordinator;
  const plan = await createPlan(world, `Plan of ${actions}`);
  const objectives = Object.values(world.objectives);
  const agencies = Object.values(world.agencies);
  for (let i = 0; i < actions; i += 1) {
    const action = await createAction(coordinator, plan, {
      ref: `${(i % 4) + 1}.${i + 1}`,
      objectiveId: objectives[i % objectives.length],
      leadAgencyId: agencies[i % agencies.length],
      supportingAgencyIds: [agencies[(i + 1) % agencies.length], agencies[(i + 2) % agencies.length]],
      leadOfficerId: world.users.police,
      dueDate: '2026-03-31',
    });
    for (const title of ['Scope agreed', 'Delivered']) {
      await coordinator.ok(graphql(`mutation QueryCountAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`), {
        input: { actionId: action.id, title, dueDate: '2025-12-31' },
      });
    }
  }
  return plan.planId;
}

describe('reading a whole plan', () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer({ now: '2025-06-15T12:00:00Z' });
    world = await createWorld(server);
  }, 180_000);
  afterAll(() => server.close());

  it('issues the same, bounded number of SQL statements for 5 actions as for 200', async () => {
    const small = await enterPlan(server, world, 5);
    const large = await enterPlan(server, world, 200);
    const reader = world.clients.board;

    const smallRead = await reader.request(WHOLE_PLAN, { id: small });
    const largeRead = await reader.request(WHOLE_PLAN, { id: large });

    expect(smallRead.errors).toBeUndefined();
    expect(largeRead.errors).toBeUndefined();
    expect(smallRead.data!.deliveryPlan!.actions).toHaveLength(5);
    expect(largeRead.data!.deliveryPlan!.actions).toHaveLength(200);
    expect(largeRead.data!.deliveryPlan!.actions[199].milestones).toHaveLength(2);
    expect(largeRead.data!.deliveryPlan!.actions[0].supportingAgencies).toHaveLength(2);
    expect(largeRead.statements).toBe(smallRead.statements);
    // One per relation level, plus the caller's session: nothing grows with the plan.
    expect(largeRead.statements).toBeLessThanOrEqual(15);
  }, 300_000);
});
