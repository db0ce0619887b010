import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the hot predicates of the reports, found with EXPLAIN ANALYZE on the national-scale
 * bench dataset (docs/performance.md).
 *
 * "Milestone overdue as of D" (due before D, not complete as of D) is asked for every action of a
 * plan, once per date of a report, and for each action read today. With only (action_id,
 * position), each probe read the action's milestones from the heap; keyed on the due date with
 * the completion date included, it is one index-only range scan.
 */
export class ReportIndexes1795411299013 implements MigrationInterface {
  name = 'ReportIndexes1795411299013';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "milestone_action_due_idx" ON "milestone" ("action_id", "due_date") INCLUDE ("completed_on")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "milestone_action_due_idx"`);
  }
}
