import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      isAdmin
      agency { id name }
      memberships { role partnership { id name } }
    }
  }
`);

export const HomeQuery = graphql(`
  query Home {
    partnerships {
      id
      name
      timezone
      strategies {
        id
        title
        status
        startDate
        endDate
        deliveryPlans { id title startDate endDate }
      }
    }
  }
`);

export const PlanContextQuery = graphql(`
  query PlanContext($plan: ID!) {
    deliveryPlan(id: $plan) {
      id
      title
      startDate
      endDate
      strategy { id title objectives { id code title pillar position } }
      partnership { id name timezone today dueSoonDays staleAfterDays }
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($plan: ID!, $asOf: Date, $since: Date) {
    boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
      asOf
      since
      sinceBoardMeeting { id date title }
      staleAfterDays
      dueSoonDays
      deliveryPlan { id title }
      partnership { id name timezone today dueSoonDays staleAfterDays }
      overall { ...RollUpFields }
      byPillar { pillar rollUp { ...RollUpFields } }
      byObjective { objective { id code title pillar } rollUp { ...RollUpFields } }
      byAgency { agency { id name } rollUp { ...RollUpFields } }
      overdueActions { ...ActionRowFields }
      dueSoon { ...ActionRowFields }
      staleActions { ...ActionRowFields action { id lastReportedOn } }
      overdueMilestones { daysOverdue dueDate milestone { id title } action { id ref title leadAgency { name } } }
      changes { ...ChangeFields }
    }
  }

  fragment ChangeFields on ActionChange {
    ref
    kinds
    statusBefore
    statusAfter
    ragBefore
    ragAfter
    ragReasonsBefore
    ragReasonsAfter
    dueDateBefore
    dueDateAfter
    progressBefore
    progressAfter
    action { id title }
  }

  fragment RollUpFields on RollUp {
    total
    completed
    cancelled
    overdue
    dueSoon
    stale
    progress
    byRag { red amber green blue }
    byStatus { notStarted inProgress onHold completed }
  }

  fragment ActionRowFields on ActionRow {
    ref
    title
    dueDate
    originalDueDate
    dueDateRevisions { effectiveFrom }
    daysOverdue
    status
    progress
    rag
    ragReasons
    pillar
    leadAgency { id name }
    action { id }
  }
`);

/** The changes alone, when there is no board meeting to compare with and the dashboard looks 3 months back. */
export const DashboardChangesQuery = graphql(`
  query DashboardChanges($plan: ID!, $asOf: Date!, $since: Date!) {
    boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {
      asOf
      since
      changes { ...ChangeFields }
    }
  }
`);

export const ObjectiveActionsQuery = graphql(`
  query ObjectiveActions($plan: ID!, $objective: ID!) {
    actions(deliveryPlanId: $plan, filter: { objectiveId: $objective }, first: 200) {
      totalCount
      edges {
        node { id ref title status progress rag ragReasons dueDate daysOverdue lastReportedOn leadAgency { id name } }
      }
    }
  }
`);

export const ActionQuery = graphql(`
  query ActionPage($id: ID!) {
    action(id: $id) {
      id
      ref
      title
      description
      successMeasure
      pillar
      startDate
      dueDate
      originalDueDate
      dueDateRevisions { changedAt effectiveFrom from to changedBy { id name } }
      status
      progress
      rag
      ragReasons
      overdue
      daysOverdue
      lastReportedOn
      canReportProgress
      objective { id code title pillar }
      leadAgency { id name }
      supportingAgencies { id name }
      leadOfficer { id name }
      deliveryPlan { id title partnership { id name timezone today staleAfterDays dueSoonDays } }
      milestones { id title dueDate completedOn overdue }
      updates {
        id
        reportedOn
        createdAt
        status
        percentComplete
        rag
        narrative
        author { id name }
        agency { id name }
      }
    }
  }
`);

export const ReportProgressMutation = graphql(`
  mutation ReportProgress($input: ReportProgressInput!) {
    reportProgress(input: $input) {
      id
      reportedOn
      action { id status progress rag ragReasons lastReportedOn }
    }
  }
`);

export const CompleteMilestoneMutation = graphql(`
  mutation CompleteMilestone($id: ID!, $completedOn: Date) {
    completeMilestone(id: $id, completedOn: $completedOn) { id completedOn overdue }
  }
`);

export const MyActionsQuery = graphql(`
  query MyActions($filter: MyActionsFilter) {
    me { id agency { id name } }
    myActions(filter: $filter) {
      leads
      action {
        id
        ref
        title
        status
        progress
        rag
        ragReasons
        dueDate
        lastReportedOn
        deliveryPlan { id title partnership { id name } }
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
