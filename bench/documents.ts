/**
 * What `npm run bench` asks: our GraphQL documents, the PostGraphile documents that read the same
 * rows through its generated schema, and the hand-written SQL floor of the board report.
 */

const ROLL_UP = 'total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue }';
const ROW = 'ref title objective { code } pillar leadAgency { name } dueDate status progress rag ragReasons daysOverdue';

/** 1. The whole board report of one plan, every table DESIGN.md lists, as a board pack would read it. */
export const BOARD_REPORT = `query BenchBoardReport($plan: ID!, $asOf: Date!, $since: Date!) {
  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
    asOf since
    deliveryPlan { id title }
    partnership { id name }
    overall { ${ROLL_UP} }
    byPillar { pillar rollUp { ${ROLL_UP} } }
    byObjective { objective { code title pillar } rollUp { ${ROLL_UP} } }
    byAgency { agency { name } rollUp { ${ROLL_UP} } }
    overdueActions { ${ROW} }
    overdueMilestones { milestone { title } action { ref } dueDate daysOverdue }
    dueSoon { ${ROW} }
    staleActions { ${ROW} }
    changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }
    updatesSince { reportedOn status percentComplete rag narrative action { ref } }
  }
}`;

/** 2. A page of 50 actions with a filter and their state as of today. */
export const ACTIONS_PAGE = `query BenchActions($plan: ID!, $filter: ActionFilter) {
  actions(deliveryPlanId: $plan, filter: $filter, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id ref title dueDate pillar leadAgency { name } status progress lastReportedOn rag ragReasons overdue daysOverdue } }
  }
}`;

/** 3. The nested read of a whole plan (as in test/e2e/query-count.e2e-spec.ts). */
export const WHOLE_PLAN = `query BenchWholePlan($id: ID!) {
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
}`;

/** 4. A progress return. */
export const REPORT_PROGRESS = `mutation BenchReportProgress($input: ReportProgressInput!) {
  reportProgress(input: $input) { id reportedOn status percentComplete }
}`;

export const LOGIN = `mutation BenchLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

/**
 * 3. for PostGraphile: the same rows and fields through its generated relations (connections).
 * Its `pillar` comes from the objective, and agencies of the partnership through the join table.
 */
export const PEER_WHOLE_PLAN = `query PeerWholePlan($id: UUID!) {
  deliveryPlanByRowId(rowId: $id) {
    title startDate endDate
    strategyByStrategyId {
      title
      partnershipByPartnershipId { name partnershipAgenciesByPartnershipId { nodes { agencyByAgencyId { name } } } }
      objectivesByStrategyId(orderBy: CODE_ASC) { nodes { code pillar title } }
    }
    actionsByDeliveryPlanId(orderBy: REF_ASC) {
      nodes {
        rowId ref title dueDate version
        objectiveByObjectiveId { code title pillar }
        agencyByLeadAgencyId { name kind }
        actionSupportingAgenciesByActionId { nodes { agencyByAgencyId { name } } }
        userAccountByLeadOfficerId { name agencyByAgencyId { name } }
        milestonesByActionId(orderBy: PRIMARY_KEY_ASC) { nodes { title dueDate completedOn actionByActionId { ref } } }
      }
    }
  }
}`;

const PEER_ACTION_FIELDS = 'rowId ref title dueDate status percentComplete lastReportedOn objectiveByObjectiveId { pillar } agencyByLeadAgencyId { name }';

/**
 * 2. for PostGraphile: the closest pages its generated schema can express. Its `condition` matches
 * indexed columns by equality only and it cannot evaluate "as of" rules, so: a lead agency's
 * actions (the same filter); an objective's actions (for a pillar: one of its objectives); and for
 * "overdue", the plan's 50 earliest-due actions with their stored status (the rows an overdue list
 * starts from, without the rules that decide which are overdue). It does strictly less work than
 * our page, which derives status, RAG and overdue from the history for every candidate row.
 */
export const PEER_ACTIONS_BY_AGENCY = `query PeerActionsByAgency($plan: UUID!, $agency: UUID!) {
  allActions(condition: { deliveryPlanId: $plan, leadAgencyId: $agency }, orderBy: REF_ASC, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${PEER_ACTION_FIELDS} }
  }
}`;
export const PEER_ACTIONS_BY_OBJECTIVE = `query PeerActionsByObjective($plan: UUID!, $objective: UUID!) {
  allActions(condition: { deliveryPlanId: $plan, objectiveId: $objective }, orderBy: REF_ASC, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${PEER_ACTION_FIELDS} }
  }
}`;
export const PEER_ACTIONS_EARLIEST_DUE = `query PeerActionsEarliestDue($plan: UUID!) {
  allActions(condition: { deliveryPlanId: $plan }, orderBy: DUE_DATE_ASC, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${PEER_ACTION_FIELDS} }
  }
}`;
