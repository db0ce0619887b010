import {
  ExistingAction,
  ExistingPlan,
  ImportOptions,
  ImportProblemCode,
  ImportWarningCode,
  inferStatus,
  isNotAnActionRow,
  planImport,
  SheetRow,
  updateInForce,
} from './import-plan.rule';
import { ImportField } from './plan-columns.rule';
import { CellValue } from './sheet-date.rule';

const TODAY = '2025-06-15';
const OPTIONS: ImportOptions = { createMissingAgencies: false, createMissingObjectives: false, defaultNarrative: 'Imported' };

const existing = (actions: ExistingAction[] = []): ExistingPlan => ({
  today: TODAY,
  objectives: [
    { id: 'o-pv1', code: 'PV1', pillar: 'PREVENT', title: 'Awareness' },
    { id: 'o-pt1', code: 'PT1', pillar: 'PROTECT', title: 'Victims' },
  ],
  agencies: [
    { id: 'a-police', name: 'Northshire Police', member: true },
    { id: 'a-council', name: 'Northshire County Council', member: true },
    { id: 'a-fire', name: 'Northshire Fire and Rescue', member: true },
    { id: 'a-glaa', name: 'Gangmasters and Labour Abuse Authority', member: false },
  ],
  actions,
});

const BASE: Partial<Record<ImportField, CellValue>> = {
  ref: '1.1',
  pillar: 'Prevent',
  objectiveCode: 'PV1',
  title: 'Train frontline staff',
  leadAgency: 'Northshire Police',
  supportingAgencies: 'Northshire County Council; Northshire Fire and Rescue',
  startDate: '01/04/2025',
  dueDate: '2026-03-31',
};

function sheet(rows: Partial<Record<ImportField, CellValue>>[], fields?: ImportField[]) {
  const used = fields ?? ([...new Set(rows.flatMap((r) => Object.keys(r)))] as ImportField[]);
  const sheetRows: SheetRow[] = rows.map((cells, i) => ({
    row: i + 2,
    cells: new Map(used.map((f) => [f, cells[f] ?? null] as const)),
  }));
  return { headerRow: 1, headers: new Map(used.map((f) => [f, f.toUpperCase()] as const)), rows: sheetRows };
}

const stored: ExistingAction = {
  id: 'x-1',
  ref: '1.1',
  objectiveId: 'o-pv1',
  title: 'Train frontline staff',
  description: null,
  successMeasure: null,
  leadAgencyId: 'a-police',
  supportingAgencyIds: ['a-council', 'a-fire'],
  startDate: '2025-04-01',
  dueDate: '2026-03-31',
  milestones: [{ id: 'm-1', title: 'Package agreed', dueDate: '2025-05-31' }],
  updates: [
    { reportedOn: '2025-05-01', seq: 1, status: 'IN_PROGRESS', percentComplete: 20, rag: 'GREEN', narrative: 'Started' },
    { reportedOn: '2025-06-01', seq: 2, status: 'IN_PROGRESS', percentComplete: 40, rag: 'AMBER', narrative: 'Slipping' },
  ],
};

describe('planImport', () => {
  it('creates a new action with its references resolved', () => {
    const plan = planImport(sheet([BASE]), existing(), OPTIONS);
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0]).toMatchObject({
      row: 2,
      ref: '1.1',
      outcome: 'create',
      existingId: null,
      progress: null,
      fields: {
        objective: { id: 'o-pv1' },
        leadAgency: { id: 'a-police' },
        supportingAgencies: [{ id: 'a-council' }, { id: 'a-fire' }],
        startDate: '2025-04-01',
        dueDate: '2026-03-31',
      },
    });
  });

  it('leaves an action that matches the file unchanged, and updates only what differs', () => {
    expect(planImport(sheet([BASE]), existing([stored]), OPTIONS).rows[0]).toMatchObject({ outcome: 'unchanged', changedFields: [] });
    const changed = planImport(sheet([{ ...BASE, dueDate: '30/06/2026', supportingAgencies: 'Northshire County Council' }]), existing([stored]), OPTIONS);
    expect(changed.rows[0]).toMatchObject({ outcome: 'update', existingId: 'x-1', changedFields: ['supportingAgencies', 'dueDate'] });
  });

  it('keeps fields whose column the file lacks', () => {
    const { supportingAgencies: _s, startDate: _d, ...rest } = BASE;
    const plan = planImport(sheet([rest]), existing([stored]), OPTIONS);
    expect(plan.rows[0].outcome).toBe('unchanged');
    expect(plan.rows[0].fields.supportingAgencies).toBeUndefined();
  });

  it('reports every problem of a broken row by column, and plans nothing for it', () => {
    const plan = planImport(
      sheet([
        BASE,
        { ...BASE, ref: '1.1', pillar: 'Protection', leadAgency: 'Northshire Polise', startDate: '31/02/2025', dueDate: 'soon' },
        { ...BASE, ref: '1.3', objectiveCode: 'PV9', startDate: '2026-01-01', dueDate: '2025-01-01' },
        { ...BASE, ref: '1.4', pillar: 'Pursue' },
      ]),
      existing(),
      OPTIONS,
    );
    expect(plan.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [3, 'ref', ImportProblemCode.DuplicateRef],
      [3, 'pillar', ImportProblemCode.UnknownPillar],
      [3, 'leadAgency', ImportProblemCode.UnknownAgency],
      [3, 'startDate', ImportProblemCode.BadDate],
      [3, 'dueDate', ImportProblemCode.BadDate],
      [4, 'objectiveCode', ImportProblemCode.UnknownObjective],
      [4, 'dueDate', ImportProblemCode.DueBeforeStart],
      [5, 'pillar', ImportProblemCode.PillarMismatch],
    ]);
    expect(plan.problems[0]).toMatchObject({ column: 'REF', message: expect.stringContaining('row 2') as unknown });
    expect(plan.rows.map((r) => r.row)).toEqual([2]);
  });

  it('requires the required cells', () => {
    // A row with no ref, no action and no due date is no action at all (issue 14): skipped, not refused.
    const plan = planImport(
      sheet([
        { ...BASE, ref: '1.9', title: ' ', leadAgency: null, dueDate: null, objectiveCode: '' },
        { ...BASE, ref: '' },
      ]),
      existing(),
      OPTIONS,
    );
    expect(plan.problems.map((p) => p.field)).toEqual(['objectiveCode', 'title', 'leadAgency', 'dueDate', 'ref']);
    expect(new Set(plan.problems.map((p) => p.code))).toEqual(new Set([ImportProblemCode.Required]));
  });

  it('creates missing objectives and agencies only when told to, once each', () => {
    const rows = [
      {
        ...BASE,
        objectiveCode: 'PV3',
        objectiveTitle: 'Supply chains',
        leadAgency: 'Safe Passage Northshire',
        supportingAgencies: 'Gangmasters and Labour Abuse Authority',
      },
      { ...BASE, ref: '1.2', objectiveCode: 'pv3', objectiveTitle: 'Supply chains', leadAgency: 'safe passage northshire' },
    ];
    const refused = planImport(sheet(rows), existing(), OPTIONS);
    expect(refused.problems.map((p) => p.code)).toEqual([
      ImportProblemCode.UnknownObjective,
      ImportProblemCode.UnknownAgency,
      ImportProblemCode.UnknownAgency,
      ImportProblemCode.UnknownObjective,
      ImportProblemCode.UnknownAgency,
    ]);

    const plan = planImport(sheet(rows), existing(), { ...OPTIONS, createMissingAgencies: true, createMissingObjectives: true });
    expect(plan.problems).toEqual([]);
    expect(plan.objectives).toEqual([{ key: 'PV3', code: 'PV3', pillar: 'PREVENT', title: 'Supply chains', row: 2 }]);
    expect(plan.agencies).toEqual([{ key: 'safe passage northshire', name: 'Safe Passage Northshire', kind: 'VOLUNTARY', kindFrom: 'name', row: 2 }]);
    expect(plan.links).toEqual([{ id: 'a-glaa', name: 'Gangmasters and Labour Abuse Authority', row: 2 }]);
    expect(plan.rows[1].fields).toMatchObject({ objective: { key: 'PV3' }, leadAgency: { key: 'safe passage northshire' } });
  });

  it('needs a pillar and a title to create an objective, and the same ones on every row', () => {
    const options = { ...OPTIONS, createMissingObjectives: true };
    const plan = planImport(
      sheet([
        { ...BASE, objectiveCode: 'PR5', pillar: null, objectiveTitle: 'Readiness' },
        { ...BASE, ref: '1.2', objectiveCode: 'PR5', pillar: 'Prepare', objectiveTitle: null },
        { ...BASE, ref: '1.3', objectiveCode: 'PR6', pillar: 'Prepare', objectiveTitle: 'Governance' },
        { ...BASE, ref: '1.4', objectiveCode: 'PR6', pillar: 'Pursue', objectiveTitle: 'Governance' },
      ]),
      existing(),
      options,
    );
    expect(plan.problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [2, 'pillar', ImportProblemCode.Required],
      [3, 'objectiveTitle', ImportProblemCode.Required],
      [5, 'pillar', ImportProblemCode.ObjectiveConflict],
    ]);
  });

  it('does not list the lead agency among the supporting ones', () => {
    const plan = planImport(
      sheet([{ ...BASE, supportingAgencies: 'Northshire Police; Northshire Fire and Rescue; northshire fire and rescue' }]),
      existing(),
      OPTIONS,
    );
    expect(plan.rows[0].fields.supportingAgencies).toEqual([{ id: 'a-fire' }]);
  });

  it('adds new milestones and moves the due date of one with the same title', () => {
    const plan = planImport(sheet([{ ...BASE, milestones: 'package agreed (30/06/2025); Pilot live (2025-09-30)' }]), existing([stored]), OPTIONS);
    expect(plan.rows[0].milestonesToAdd).toEqual([{ title: 'Pilot live', dueDate: '2025-09-30' }]);
    expect(plan.rows[0].milestonesToMove).toEqual([{ id: 'm-1', title: 'Package agreed', from: '2025-05-31', to: '2025-06-30' }]);
    const again = planImport(sheet([{ ...BASE, milestones: 'Package agreed (31/05/2025)' }]), existing([stored]), OPTIONS);
    expect(again.rows[0]).toMatchObject({ milestonesToAdd: [], milestonesToMove: [] });
  });

  describe('progress columns', () => {
    const progressOf = (cells: Partial<Record<ImportField, CellValue>>, actions = [stored]) =>
      planImport(
        sheet([{ ...BASE, ...cells }], [...(Object.keys(BASE) as ImportField[]), 'status', 'percentComplete', 'rag', 'narrative', 'reportedOn']),
        existing(actions),
        OPTIONS,
      );

    it('record nothing when they agree with the update in force on their date', () => {
      expect(progressOf({ status: 'In progress', percentComplete: 40, rag: 'Amber' }).rows[0].progress).toBeNull();
      expect(progressOf({ status: 'In progress', percentComplete: 20, reportedOn: '2025-05-20' }).rows[0].progress).toBeNull();
      expect(progressOf({}).rows[0].progress).toBeNull();
    });

    it('become an update when they differ, dated today unless the row says otherwise', () => {
      expect(progressOf({ percentComplete: '60%' }).rows[0].progress).toEqual({
        reportedOn: TODAY,
        status: 'IN_PROGRESS',
        percentComplete: 60,
        rag: null,
        narrative: 'Imported',
      });
      expect(progressOf({ status: 'Completed', rag: 'Blue', narrative: 'Done', reportedOn: '10/06/2025' }).rows[0].progress).toEqual({
        reportedOn: '2025-06-10',
        status: 'COMPLETED',
        percentComplete: 100,
        rag: null,
        narrative: 'Done',
      });
    });

    it('start a new action that reports work', () => {
      expect(progressOf({ percentComplete: 10 }, []).rows[0].progress).toMatchObject({ status: 'IN_PROGRESS', percentComplete: 10 });
      expect(progressOf({ status: 'Not started', percentComplete: 0 }, []).rows[0].progress).toBeNull();
    });

    it('refuse a completed action below 100 %, Blue without completion, and a date after today', () => {
      const plan = planImport(
        sheet([
          { ...BASE, status: 'Completed', percentComplete: 90 },
          { ...BASE, ref: '1.2', status: 'In progress', rag: 'Blue' },
          { ...BASE, ref: '1.3', status: 'In progress', reportedOn: '2025-06-16' },
          { ...BASE, ref: '1.4', status: 'Late', percentComplete: 'lots', rag: 'Purple' },
        ]),
        existing(),
        OPTIONS,
      );
      expect(plan.problems.map((p) => [p.row, p.field, p.code])).toEqual([
        [2, 'percentComplete', ImportProblemCode.CompletedNot100],
        [3, 'rag', ImportProblemCode.BadRag],
        [4, 'reportedOn', ImportProblemCode.FutureDate],
        [5, 'status', ImportProblemCode.BadStatus],
        [5, 'percentComplete', ImportProblemCode.BadPercent],
        [5, 'rag', ImportProblemCode.BadRag],
      ]);
      expect(plan.rows).toEqual([]);
    });
  });

  it('refuses a file with no rows or too many', () => {
    expect(planImport({ headerRow: 3, headers: new Map(), rows: [] }, existing(), OPTIONS).problems).toEqual([
      expect.objectContaining({ row: 3, code: ImportProblemCode.NoRows }),
    ]);
    const many = sheet(Array.from({ length: 2001 }, (_, i) => ({ ...BASE, ref: `R${i}` })));
    expect(planImport(many, existing(), OPTIONS).problems).toEqual([expect.objectContaining({ row: 2002, code: ImportProblemCode.TooManyRows })]);
  });

  it('refuses NUL characters', () => {
    expect(planImport(sheet([{ ...BASE, title: 'a\u0000b' }]), existing(), OPTIONS).problems[0]).toMatchObject({
      field: 'title',
      code: ImportProblemCode.InvalidText,
    });
  });
});

describe('updateInForce', () => {
  it('takes the latest on or before the date, ties to the later created', () => {
    const updates = [
      { reportedOn: '2025-05-01', seq: 3, status: 'IN_PROGRESS' as const, percentComplete: 10, rag: null, narrative: 'a' },
      { reportedOn: '2025-05-01', seq: 5, status: 'IN_PROGRESS' as const, percentComplete: 15, rag: null, narrative: 'b' },
      { reportedOn: '2025-06-01', seq: 4, status: 'ON_HOLD' as const, percentComplete: 15, rag: null, narrative: 'c' },
    ];
    expect(updateInForce(updates, '2025-04-30')).toBeNull();
    expect(updateInForce(updates, '2025-05-31')?.narrative).toBe('b');
    expect(updateInForce(updates, '2025-06-01')?.narrative).toBe('c');
  });
});

describe('inferStatus', () => {
  it.each([
    ['NOT_STARTED', null, 'NOT_STARTED'],
    ['NOT_STARTED', 0, 'NOT_STARTED'],
    ['NOT_STARTED', 5, 'IN_PROGRESS'],
    ['ON_HOLD', 50, 'ON_HOLD'],
    ['COMPLETED', 100, 'COMPLETED'],
    ['COMPLETED', 90, 'IN_PROGRESS'],
  ] as const)('%s with %p %% is %s', (current, percent, expected) => {
    expect(inferStatus(current, percent)).toBe(expected);
  });
});

describe('planImport: agencies as real plans write them (issue 14)', () => {
  const CREATE: ImportOptions = { ...OPTIONS, createMissingAgencies: true };

  it('splits " / " lists and joint leads, matching known agencies first, and shows each row as read', () => {
    const plan = planImport(
      sheet([
        { ...BASE, ref: '1.1', leadAgency: 'Northshire Police', supportingAgencies: 'Northshire County Council / Northshire Fire and Rescue' },
        { ...BASE, ref: '1.2', leadAgency: 'Northshire County Council / Northshire Police', supportingAgencies: 'Northshire Fire and Rescue' },
        { ...BASE, ref: '1.3', leadAgency: 'Northshire Police & Northshire County Council', supportingAgencies: '' },
      ]),
      existing(),
      OPTIONS,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((r) => [r.ref, r.fields.leadAgency, r.fields.supportingAgencies])).toEqual([
      ['1.1', { id: 'a-police' }, [{ id: 'a-council' }, { id: 'a-fire' }]],
      ['1.2', { id: 'a-council' }, [{ id: 'a-police' }, { id: 'a-fire' }]],
      ['1.3', { id: 'a-police' }, [{ id: 'a-council' }]],
    ]);
    expect(plan.parsedAgencies).toEqual([
      { row: 2, ref: '1.1', leadAgency: 'Northshire Police', supportingAgencies: ['Northshire County Council', 'Northshire Fire and Rescue'] },
      { row: 3, ref: '1.2', leadAgency: 'Northshire County Council', supportingAgencies: ['Northshire Police', 'Northshire Fire and Rescue'] },
      { row: 4, ref: '1.3', leadAgency: 'Northshire Police', supportingAgencies: ['Northshire County Council'] },
    ]);
    expect(plan.warnings.map((w) => [w.row, w.field, w.code])).toEqual([
      [3, 'leadAgency', ImportWarningCode.JointLead],
      [4, 'leadAgency', ImportWarningCode.JointLead],
    ]);
  });

  it('warns about agencies it would create, their guessed kinds and names that read like lists; a kind given wins', () => {
    const plan = planImport(
      sheet([
        { ...BASE, ref: '1.1', supportingAgencies: 'Hope for Justice Sandmoor; Black Country Integrated Care Board' },
        { ...BASE, ref: '1.2', supportingAgencies: 'Trading Standards and Licensing' },
      ]),
      existing(),
      { ...CREATE, agencyKinds: new Map([['black country integrated care board', 'OTHER']]) },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.agencies.map((a) => [a.name, a.kind, a.kindFrom])).toEqual([
      ['Hope for Justice Sandmoor', 'VOLUNTARY', 'name'],
      ['Black Country Integrated Care Board', 'OTHER', 'request'],
      ['Trading Standards and Licensing', 'OTHER', 'default'],
    ]);
    expect(plan.warnings.map((w) => [w.row, w.code])).toEqual([
      [2, ImportWarningCode.AgencyCreated],
      [2, ImportWarningCode.AgencyKindGuessed],
      [2, ImportWarningCode.AgencyCreated],
      [3, ImportWarningCode.AgencyCreated],
      [3, ImportWarningCode.AgencyKindGuessed],
      [3, ImportWarningCode.AgencyNameLooksLikeList],
    ]);
  });

  it('skips rows with no ref, no action and no due date (a key, a total) with a warning, and refuses nothing for them', () => {
    const plan = planImport(
      sheet([
        BASE,
        { ref: 'Key: RAG = Red / Amber / Green as reported by the lead organisation' },
        { ref: 'Total', percentComplete: 45 },
        { leadAgency: 'Northshire Police' },
      ]),
      existing(),
      OPTIONS,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((r) => r.ref)).toEqual(['1.1']);
    expect(plan.warnings.map((w) => [w.row, w.code])).toEqual([
      [3, ImportWarningCode.RowSkipped],
      [4, ImportWarningCode.RowSkipped],
      [5, ImportWarningCode.RowSkipped],
    ]);
  });

  it('dates returns without a "Reported on" cell by the file-level date', () => {
    const plan = planImport(sheet([{ ...BASE, status: 'In progress', percentComplete: 30 }]), existing(), { ...OPTIONS, defaultReportedOn: '2025-03-31' });
    expect(plan.rows[0].progress).toMatchObject({ reportedOn: '2025-03-31', status: 'IN_PROGRESS', percentComplete: 30 });
  });
});

describe('isNotAnActionRow', () => {
  const row = (cells: Partial<Record<ImportField, CellValue>>) => new Map(Object.entries(cells) as [ImportField, CellValue][]);
  it.each([
    [{ ref: 'Key: RAG = Red / Amber / Green' }, true],
    [{ ref: 'TOTAL', percentComplete: 50 }, true],
    [{ ref: null, narrative: 'Notes: figures are provisional' }, true],
    [{ ref: '1.1' }, false],
    [{ ref: null, title: 'Train staff' }, false],
    [{ ref: null, dueDate: 45747 }, false],
  ])('%j: %s', (cells, skipped) => {
    expect(isNotAnActionRow(row(cells))).toBe(skipped);
  });
});

describe('planImport: a first import into a partnership without the agencies yet', () => {
  it('splits " and " between names that stand alone elsewhere in the file', () => {
    const plan = planImport(
      sheet([
        { ...BASE, ref: '1.1', leadAgency: 'Sandmoor Council', supportingAgencies: 'Safeguarding Adults and Children Board and Sandmoor Council' },
        { ...BASE, ref: '1.2', leadAgency: 'Safeguarding Adults and Children Board', supportingAgencies: '' },
      ]),
      existing(),
      { ...OPTIONS, createMissingAgencies: true },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.agencies.map((a) => a.name)).toEqual(['Sandmoor Council', 'Safeguarding Adults and Children Board']);
    expect(plan.parsedAgencies[0]).toEqual({ row: 2, ref: '1.1', leadAgency: 'Sandmoor Council', supportingAgencies: ['Safeguarding Adults and Children Board'] });
  });
});
