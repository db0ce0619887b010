/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AccountsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }": typeof types.AccountsLoginDocument,
    "mutation AccountsRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }": typeof types.AccountsRemoveMembershipDocument,
    "mutation AccountsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id email deactivatedAt } }": typeof types.AccountsDeactivateUserDocument,
    "mutation AccountsChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": typeof types.AccountsChangePasswordDocument,
    "mutation AccountsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email name isAdmin deactivatedAt agency { id } } }": typeof types.AccountsCreateUserDocument,
    "mutation AccountsSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }": typeof types.AccountsSetMembershipDocument,
    "query AccountsPartnership($id: ID!) { partnership(id: $id) { id } }": typeof types.AccountsPartnershipDocument,
    "query AccountsMe { me { id } }": typeof types.AccountsMeDocument,
    "mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email isAdmin } } }": typeof types.AuthLoginDocument,
    "query AuthMe { me { id email name isAdmin } }": typeof types.AuthMeDocument,
    "mutation AuthCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": typeof types.AuthCreatePartnershipDocument,
    "query AuthPartnership($id: ID!) { partnership(id: $id) { id } }": typeof types.AuthPartnershipDocument,
    "query AuthPartnerships { partnerships { id } }": typeof types.AuthPartnershipsDocument,
    "mutation AuthCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }": typeof types.AuthCreateStrategyDocument,
    "mutation AuthCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.AuthCreateUserDocument,
    "query BadInputMe { me { id } }": typeof types.BadInputMeDocument,
    "mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }": typeof types.BadInputCreatePartnershipDocument,
    "mutation BadInputCreateAgency($i: CreateAgencyInput!) { createAgency(input: $i) { id } }": typeof types.BadInputCreateAgencyDocument,
    "mutation BadInputCreateStrategy($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }": typeof types.BadInputCreateStrategyDocument,
    "mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }": typeof types.BadInputCreateObjectiveDocument,
    "mutation BadInputCreateDeliveryPlan($i: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $i) { id } }": typeof types.BadInputCreateDeliveryPlanDocument,
    "mutation BadInputReportProgress($i: ReportProgressInput!) { reportProgress(input: $i) { id } }": typeof types.BadInputReportProgressDocument,
    "mutation BadInputQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams?\") { id } }": typeof types.BadInputQueryReturnDocument,
    "mutation BadInputCreateAction($i: CreateActionInput!) { createAction(input: $i) { id ref } }": typeof types.BadInputCreateActionDocument,
    "mutation BadInputAddMilestone($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }": typeof types.BadInputAddMilestoneDocument,
    "mutation BadInputCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2024-01-15\") { id } }": typeof types.BadInputCompleteMilestoneDocument,
    "mutation BadInputCreateBoardMeeting($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id } }": typeof types.BadInputCreateBoardMeetingDocument,
    "fragment WorkedRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": typeof types.WorkedRollUpFragmentDoc,
    "fragment WorkedRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } }": typeof types.WorkedRowFragmentDoc,
    "query WorkedBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    overall { ...WorkedRollUp }\n    byPillar { pillar rollUp { ...WorkedRollUp } }\n    byObjective { objective { code } rollUp { ...WorkedRollUp } }\n    byAgency { agency { name } rollUp { ...WorkedRollUp } }\n    overdueActions { ...WorkedRow }\n    overdueMilestones { milestone { title dueDate completedOn } action { ref } dueDate daysOverdue }\n    dueSoon { ...WorkedRow }\n    staleActions { ...WorkedRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter action { ref } }\n    updatesSince { reportedOn narrative percentComplete status rag author { name } agency { name } action { ref } }\n  }\n}": typeof types.WorkedBoardReportDocument,
    "query WorkedBoardReport2($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overdueActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    dueSoon { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    staleActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    overdueMilestones { milestone { title overdue } action { ref } }\n  }\n}": typeof types.WorkedBoardReport2Document,
    "fragment WorkedActionFields on Action { ref status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { title dueDate completedOn overdue } }": typeof types.WorkedActionFieldsFragmentDoc,
    "query WorkedActions($plan: ID!, $filter: ActionFilter) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: 50) { totalCount edges { node { ...WorkedActionFields } } }\n}": typeof types.WorkedActionsDocument,
    "query WorkedOverdueActions($plan: ID!, $asOf: Date, $agencyId: ID) {\n  overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agencyId) { ref status progress rag ragReasons daysOverdue dueDate }\n}": typeof types.WorkedOverdueActionsDocument,
    "mutation WorkedReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.WorkedReportProgressDocument,
    "mutation WorkedAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": typeof types.WorkedAddMilestoneDocument,
    "mutation WorkedCompleteMilestone($id: ID!, $completedOn: Date) { completeMilestone(id: $id, completedOn: $completedOn) { id } }": typeof types.WorkedCompleteMilestoneDocument,
    "query WorkedPartnership($id: ID!) { partnership(id: $id) { staleAfterDays dueSoonDays timezone agencies { id name } } }": typeof types.WorkedPartnershipDocument,
    "query WorkedAction($id: ID!) { action(id: $id) { ...WorkedActionFields } }": typeof types.WorkedActionDocument,
    "query WorkedBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf deliveryPlan { title } partnership { name }\n        overall { ...WorkedRollUp }\n        byPillar { pillar rollUp { ...WorkedRollUp } }\n        byObjective { objective { code title } rollUp { ...WorkedRollUp } }\n        byAgency { agency { name kind } rollUp { ...WorkedRollUp } }\n        overdueActions { ...WorkedRow action { id status rag overdue } }\n        overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n        dueSoon { ...WorkedRow action { id status rag overdue } }\n        staleActions { ...WorkedRow action { id status rag overdue } }\n        changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n        updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n      }\n    }": typeof types.WorkedBoardReport3Document,
    "query WorkedBoardReport4($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf staleAfterDays dueSoonDays\n        overall { ...WorkedRollUp }\n        overdueActions { ref dueDate daysOverdue originalDueDate }\n        dueSoon { ref dueDate }\n        staleActions { ref }\n        byPillar { pillar rollUp { total } }\n        changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n      }\n    }": typeof types.WorkedBoardReport4Document,
    "mutation WorkedUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }": typeof types.WorkedUpdateActionDocument,
    "mutation WorkedRemoveAction($id: ID!, $r: String!, $from: Date) { removeAction(id: $id, reason: $r, effectiveFrom: $from) }": typeof types.WorkedRemoveActionDocument,
    "mutation WorkedUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }": typeof types.WorkedUpdatePartnershipDocument,
    "fragment ReportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": typeof types.ReportRollUpFragmentDoc,
    "fragment ReportRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } action { id status rag overdue } }": typeof types.ReportRowFragmentDoc,
    "query ReportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    deliveryPlan { title } partnership { name timezone }\n    overall { ...ReportRollUp }\n    byPillar { pillar rollUp { ...ReportRollUp } }\n    byObjective { objective { code title } rollUp { ...ReportRollUp } }\n    byAgency { agency { name kind } rollUp { ...ReportRollUp } }\n    overdueActions { ...ReportRow }\n    overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n    dueSoon { ...ReportRow }\n    staleActions { ...ReportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n    updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n  }\n}": typeof types.ReportBoardReportDocument,
    "query ReportActions($plan: ID!, $filter: ActionFilter, $first: Int, $after: String) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ref title status rag overdue } }\n  }\n}": typeof types.ReportActionsDocument,
    "mutation ReportReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.ReportReportProgressDocument,
    "mutation ReportAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": typeof types.ReportAddMilestoneDocument,
    "query ReportOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan) { ref } }": typeof types.ReportOverdueActionsDocument,
    "fragment CliRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": typeof types.CliRollUpFragmentDoc,
    "query CliBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { asOf overall { ...CliRollUp } byPillar { pillar rollUp { ...CliRollUp } } } }": typeof types.CliBoardReportDocument,
    "query WhoAmI { me { email isAdmin } }": typeof types.WhoAmIDocument,
    "mutation ConcurrencyReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete } }": typeof types.ConcurrencyReportProgressDocument,
    "mutation ConcurrencyUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version title } }": typeof types.ConcurrencyUpdateActionDocument,
    "query ConcurrencyAction($id: ID!) { action(id: $id) { progress status lastReportedOn } }": typeof types.ConcurrencyActionDocument,
    "mutation CrashSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.CrashSafetyLoginDocument,
    "mutation CrashSafetyCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }": typeof types.CrashSafetyCreateAgencyDocument,
    "query CrashSafetyAgencies { agencies { id } }": typeof types.CrashSafetyAgenciesDocument,
    "fragment DemoRagRollUp on RollUp { total cancelled byRag { red amber green blue } }": typeof types.DemoRagRollUpFragmentDoc,
    "query DemoRagReport($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overall { ...DemoRagRollUp }\n    byPillar { pillar rollUp { ...DemoRagRollUp } }\n    overdueActions { ref }\n    dueSoon { ref }\n    deliveryPlan { actions { ref pillar rag ragReasons } }\n  }\n}": typeof types.DemoRagReportDocument,
    "query DemoRagPartnerships { partnerships { name strategies { deliveryPlans { id } } } }": typeof types.DemoRagPartnershipsDocument,
    "query DemoRagChangesAndStale($plan: ID!) {\n        changes: boardReport(deliveryPlanId: $plan, since: \"2026-08-25\") { changes { ref kinds } }\n        past: boardReport(deliveryPlanId: $plan, asOf: \"2026-09-23\") { staleActions { ref } }\n      }": typeof types.DemoRagChangesAndStaleDocument,
    "fragment ExportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": typeof types.ExportRollUpFragmentDoc,
    "fragment ExportRow on ActionRow { ref title status progress rag ragReasons daysOverdue dueDate leadAgency { name } objective { code } }": typeof types.ExportRowFragmentDoc,
    "query ExportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since partnership { name } deliveryPlan { title }\n    overall { ...ExportRollUp }\n    byPillar { pillar rollUp { ...ExportRollUp } }\n    byObjective { objective { code title pillar } rollUp { ...ExportRollUp } }\n    byAgency { agency { name } rollUp { ...ExportRollUp } }\n    overdueActions { ...ExportRow }\n    overdueMilestones { milestone { title } action { ref } dueDate daysOverdue }\n    dueSoon { ...ExportRow }\n    staleActions { ...ExportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter }\n    updatesSince { id narrative }\n  }\n}": typeof types.ExportBoardReportDocument,
    "query ExchangeExportPartnerships { partnerships { strategies { deliveryPlans { id } } } }": typeof types.ExchangeExportPartnershipsDocument,
    "mutation ExchangeExportCreatePartnership { createPartnership(input: { name: \"Elsewhere\", slug: \"elsewhere\" }) { id } }": typeof types.ExchangeExportCreatePartnershipDocument,
    "query ExchangeExportBoardPackUrl($plan: ID!, $format: BoardPackFormat!, $asOf: Date, $since: Date) { boardPackUrl(deliveryPlanId: $plan, format: $format, asOf: $asOf, since: $since) }": typeof types.ExchangeExportBoardPackUrlDocument,
    "query ExchangeExportMe { me { id } }": typeof types.ExchangeExportMeDocument,
    "query ExchangeExportPartnerships2 { partnerships { id } }": typeof types.ExchangeExportPartnerships2Document,
    "mutation ExchangeExportSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }": typeof types.ExchangeExportSetMembershipDocument,
    "mutation ExchangeExportDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": typeof types.ExchangeExportDeactivateUserDocument,
    "query ExchangeImportCouncilsDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      ref title startDate dueDate\n      leadAgency { name }\n      supportingAgencies { name }\n      updates { reportedOn status percentComplete rag author { id } agency { name } }\n    }\n  }\n}": typeof types.ExchangeImportCouncilsDeliveryPlanDocument,
    "query ExchangeImportCouncilsPartnership($id: ID!) { partnership(id: $id) { agencies { name kind shared } } }": typeof types.ExchangeImportCouncilsPartnershipDocument,
    "query ExchangeImportCouncilsBoardReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) { overall { total } byPillar { pillar rollUp { total } } } }": typeof types.ExchangeImportCouncilsBoardReportDocument,
    "query ExchangeImportCouncilsActions($plan: ID!) { actions(deliveryPlanId: $plan, first: 50) { edges { node { ref } } } }": typeof types.ExchangeImportCouncilsActionsDocument,
    "query ExchangeImportCouncilsAgencies { agencies { name } }": typeof types.ExchangeImportCouncilsAgenciesDocument,
    "mutation ExchangeImportCouncilsUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind shared } }": typeof types.ExchangeImportCouncilsUpdateAgencyDocument,
    "mutation ExchangeImportCouncilsMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id name } }": typeof types.ExchangeImportCouncilsMergeAgenciesDocument,
    "query ExchangeImportCouncilsAgencies2 { agencies { id } }": typeof types.ExchangeImportCouncilsAgencies2Document,
    "query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }": typeof types.ExchangeImportCouncilsAgencyByNameDocument,
    "mutation ExchangeImportCouncilsAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id } }": typeof types.ExchangeImportCouncilsAddAgencyToPartnershipDocument,
    "query ExchangeImportCouncilsAgencies3 { agencies { id name } }": typeof types.ExchangeImportCouncilsAgencies3Document,
    "mutation ExchangeImportCouncilsCreateAction($input: CreateActionInput!) { createAction(input: $input) { id } }": typeof types.ExchangeImportCouncilsCreateActionDocument,
    "mutation ExchangeImportCouncilsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.ExchangeImportCouncilsCreateUserDocument,
    "query ExchangeImportDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      id ref title description successMeasure startDate dueDate version status progress lastReportedOn\n      objective { code pillar title }\n      leadAgency { name }\n      supportingAgencies { name }\n      milestones { title dueDate completedOn }\n      updates { reportedOn status percentComplete rag narrative author { id } }\n    }\n  }\n}": typeof types.ExchangeImportDeliveryPlanDocument,
    "query ExchangeImportPartnership($id: ID!) { partnership(id: $id) { agencies { name } } }": typeof types.ExchangeImportPartnershipDocument,
    "mutation HostileLoadEdgeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.HostileLoadEdgeLoginDocument,
    "mutation HostileLoadExchangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.HostileLoadExchangeLoginDocument,
    "mutation HostileLoadExchangeCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": typeof types.HostileLoadExchangeCreateDeliveryPlanDocument,
    "mutation HostileLoadLoginsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }": typeof types.HostileLoadLoginsLoginDocument,
    "mutation HostileLoadLoginsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.HostileLoadLoginsCreateUserDocument,
    "query HostileLoadLoginsMe { me { id } }": typeof types.HostileLoadLoginsMeDocument,
    "mutation HostileCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": typeof types.HostileCreatePartnershipDocument,
    "query HostileMe { me { id } }": typeof types.HostileMeDocument,
    "mutation ImportWriteRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }": typeof types.ImportWriteRemoveActionDocument,
    "fragment HistoryRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": typeof types.HistoryRollUpFragmentDoc,
    "fragment HistoryRow on ActionRow { ref title objective { id code title pillar } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue }": typeof types.HistoryRowFragmentDoc,
    "query HistoryFullReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...HistoryRollUp }\n    byPillar { pillar rollUp { ...HistoryRollUp } }\n    byObjective { objective { id code title pillar } rollUp { ...HistoryRollUp } }\n    byAgency { agency { id } rollUp { ...HistoryRollUp } }\n    overdueActions { ...HistoryRow }\n    overdueMilestones { milestone { id title } dueDate daysOverdue }\n    dueSoon { ...HistoryRow }\n    staleActions { ...HistoryRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n    updatesSince { id }\n  }\n}": typeof types.HistoryFullReportDocument,
    "mutation HistoryReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.HistoryReportProgressDocument,
    "mutation HistoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }": typeof types.HistoryAddMilestoneDocument,
    "mutation HistoryCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": typeof types.HistoryCreateDeliveryPlanDocument,
    "mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }": typeof types.HistoryUpdateActionDocument,
    "query HistoryAction($id: ID!) { action(id: $id) { dueDate originalDueDate dueDateRevisions { from to effectiveFrom changedAt changedBy { id } } } }": typeof types.HistoryActionDocument,
    "query HistoryBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-09-29\") { overdueActions { ref dueDate originalDueDate dueDateRevisions { to } } } }": typeof types.HistoryBoardReportDocument,
    "query HistoryBoardReport2($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-08-15\") { overdueActions { ref originalDueDate dueDateRevisions { from to effectiveFrom } } } }": typeof types.HistoryBoardReport2Document,
    "mutation HistoryRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }": typeof types.HistoryRemoveActionDocument,
    "query HistoryDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { actions { ref } } }": typeof types.HistoryDeliveryPlanDocument,
    "query HistoryAction2($id: ID!) { action(id: $id) { removedOn removalReason } }": typeof types.HistoryAction2Document,
    "mutation HistoryRemoveAction2($id: ID!) { removeAction(id: $id, reason: \"Again\") }": typeof types.HistoryRemoveAction2Document,
    "mutation HistoryCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2025-08-01\") { id } }": typeof types.HistoryCompleteMilestoneDocument,
    "mutation HistoryUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id } }": typeof types.HistoryUpdateMilestoneDocument,
    "mutation HistoryReopenMilestone($id: ID!) { reopenMilestone(id: $id) { completedOn } }": typeof types.HistoryReopenMilestoneDocument,
    "mutation HistoryRemoveMilestone($id: ID!) { removeMilestone(id: $id) }": typeof types.HistoryRemoveMilestoneDocument,
    "query HistoryPartnership($id: ID!) { partnership(id: $id) { version } }": typeof types.HistoryPartnershipDocument,
    "mutation HistoryUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { staleAfterDays version } }": typeof types.HistoryUpdatePartnershipDocument,
    "mutation HistoryUpdatePartnership2($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }": typeof types.HistoryUpdatePartnership2Document,
    "mutation HistoryCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id version } }": typeof types.HistoryCreateObjectiveDocument,
    "mutation HistoryUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { pillar } }": typeof types.HistoryUpdateObjectiveDocument,
    "mutation HistoryRemoveObjective($id: ID!) { removeObjective(id: $id) }": typeof types.HistoryRemoveObjectiveDocument,
    "query HistoryOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ref } }": typeof types.HistoryOverdueActionsDocument,
    "mutation HistoryCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date version } }": typeof types.HistoryCreateBoardMeetingDocument,
    "query HistoryBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { title date } }": typeof types.HistoryBoardMeetingsDocument,
    "query HistoryBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) { since sinceBoardMeeting { id title date } changes { ref kinds } updatesSince { id } }\n    }": typeof types.HistoryBoardReport3Document,
    "mutation HistoryCreateBoardMeeting2($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }": typeof types.HistoryCreateBoardMeeting2Document,
    "mutation HistoryUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { date version } }": typeof types.HistoryUpdateBoardMeetingDocument,
    "mutation HistoryRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id, version: 1) }": typeof types.HistoryRemoveBoardMeetingDocument,
    "mutation HistoryRemoveBoardMeeting2($id: ID!) { removeBoardMeeting(id: $id, version: 2) }": typeof types.HistoryRemoveBoardMeeting2Document,
    "mutation PlanningCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title startDate endDate status } }": typeof types.PlanningCreateStrategyDocument,
    "mutation PlanningCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id pillar code title description } }": typeof types.PlanningCreateObjectiveDocument,
    "mutation PlanningCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id title startDate endDate } }": typeof types.PlanningCreateDeliveryPlanDocument,
    "mutation PlanningCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref title version } }": typeof types.PlanningCreateActionDocument,
    "mutation PlanningUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) {\n  updateAction(id: $id, version: $version, input: $input) { id version }\n}": typeof types.PlanningUpdateActionDocument,
    "mutation PlanningAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn } }": typeof types.PlanningAddMilestoneDocument,
    "query PlanningReadAction($id: ID!) {\n  action(id: $id) {\n    id ref title description successMeasure startDate dueDate version pillar\n    deliveryPlan { id }\n    objective { id code pillar }\n    leadAgency { id name kind }\n    supportingAgencies { id name kind }\n    leadOfficer { id name }\n    milestones { id title dueDate completedOn action { id } }\n  }\n}": typeof types.PlanningReadActionDocument,
    "query PlanningPartnership($id: ID!) { partnership(id: $id) { agencies { id name kind } } }": typeof types.PlanningPartnershipDocument,
    "query PlanningDeliveryPlan($id: ID!) { deliveryPlan(id: $id) {\n          id title startDate endDate\n          strategy { id title startDate endDate status partnership { id } objectives { id pillar code title description strategy { id } } }\n          actions { ref title objective { id } }\n        } }": typeof types.PlanningDeliveryPlanDocument,
    "query PlanningStrategy($id: ID!) { strategy(id: $id) { id title status deliveryPlans { id } objectives { id } } }": typeof types.PlanningStrategyDocument,
    "mutation ProgressReportProgress($input: ReportProgressInput!) {\n  reportProgress(input: $input) {\n    id reportedOn narrative percentComplete status rag createdAt\n    author { id } agency { id } action { id status progress lastReportedOn }\n  }\n}": typeof types.ProgressReportProgressDocument,
    "mutation ProgressCompleteMilestone($id: ID!, $completedOn: Date) {\n  completeMilestone(id: $id, completedOn: $completedOn) { id completedOn overdue action { id } }\n}": typeof types.ProgressCompleteMilestoneDocument,
    "query ProgressAction($id: ID!) {\n  action(id: $id) {\n    status progress lastReportedOn rag ragReasons overdue daysOverdue version\n    updates { id reportedOn percentComplete status }\n    milestones { id overdue completedOn }\n  }\n}": typeof types.ProgressActionDocument,
    "mutation ProgressAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": typeof types.ProgressAddMilestoneDocument,
    "query ProgressMe { me { id } }": typeof types.ProgressMeDocument,
    "fragment PacksPackFields on PublishedBoardPack { id version asOf since boardMeetingId meetingTitle meetingDate reason staleAfterDays dueSoonDays ruleVersion publishedAt\n  publishedBy { name } dataSha256 pdf { sha256 bytes path } xlsx { sha256 bytes path } csv { sha256 bytes path } }": typeof types.PacksPackFieldsFragmentDoc,
    "mutation PacksPublish($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { ...PacksPackFields } }": typeof types.PacksPublishDocument,
    "mutation PacksReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.PacksReportProgressDocument,
    "query PacksPublishedBoardPack($id: ID!) { publishedBoardPack(id: $id) { differences { kind path ref before after } } }": typeof types.PacksPublishedBoardPackDocument,
    "mutation PacksSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { version summary prevent updatedAt } }": typeof types.PacksSaveBoardPackCommentaryDocument,
    "mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }": typeof types.PacksCreateBoardMeetingDocument,
    "mutation PacksUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version } }": typeof types.PacksUpdateActionDocument,
    "query PacksPublishedBoardPackUrl($id: ID!) { publishedBoardPackUrl(id: $id, format: XLSX) }": typeof types.PacksPublishedBoardPackUrlDocument,
    "query PacksPublishedBoardPackUrl2($id: ID!) { publishedBoardPackUrl(id: $id, format: PDF) }": typeof types.PacksPublishedBoardPackUrl2Document,
    "query PacksPublishedBoardPacks($plan: ID!) { publishedBoardPacks(deliveryPlanId: $plan) { id version } }": typeof types.PacksPublishedBoardPacksDocument,
    "query PacksCompareBoardPacks($from: ID!, $to: ID!) { compareBoardPacks(fromId: $from, toId: $to) { from { version } to { version } differences { kind path ref before after } } }": typeof types.PacksCompareBoardPacksDocument,
    "query PacksBoardPackCommentary($plan: ID!) { boardPackCommentary(deliveryPlanId: $plan) { version summary prevent pursue } }": typeof types.PacksBoardPackCommentaryDocument,
    "mutation PacksPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { meetingTitle meetingDate boardMeetingId } }": typeof types.PacksPublishBoardPackDocument,
    "mutation PacksRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }": typeof types.PacksRemoveBoardMeetingDocument,
    "query PacksPublishedBoardPack2($id: ID!) { publishedBoardPack(id: $id) { id } }": typeof types.PacksPublishedBoardPack2Document,
    "query PacksHistoryReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n      since sinceBoardMeeting { title date }\n      changes { ref kinds ragBefore ragAfter ragReasonsBefore ragReasonsAfter dueDateBefore dueDateAfter }\n      dueSoon { ref } staleActions { ref dueDate originalDueDate }\n      roundCompliance { agency { name } due onTime late missed outstanding acknowledged }\n    } }": typeof types.PacksHistoryReportDocument,
    "mutation PacksCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }": typeof types.PacksCreateReportingRoundDocument,
    "query WholePlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    title startDate endDate\n    strategy { title partnership { name agencies { name } } objectives { code pillar title } }\n    actions {\n      id ref title dueDate pillar version\n      objective { code title }\n      leadAgency { name kind }\n      supportingAgencies { name }\n      leadOfficer { name agency { name } }\n      milestones { title dueDate completedOn action { ref } }\n    }\n  }\n}": typeof types.WholePlanDocument,
    "mutation QueryCountAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": typeof types.QueryCountAddMilestoneDocument,
    "query CacheBoardReport($plan: ID!, $asOf: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n    overall { total completed progress }\n    byAgency { agency { name } rollUp { total } }\n    overdueActions { ref status progress }\n  }\n}": typeof types.CacheBoardReportDocument,
    "query CachePlan($id: ID!) { deliveryPlan(id: $id) { title actions { ref title leadOfficer { name } } } }": typeof types.CachePlanDocument,
    "mutation CacheReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.CacheReportProgressDocument,
    "query CachePlanMemberships($id: ID!) { deliveryPlan(id: $id) { actions { leadOfficer { memberships { role } } } } }": typeof types.CachePlanMembershipsDocument,
    "query CacheProgressNow($plan: ID!) { boardReport(deliveryPlanId: $plan) { overall { progress } } }": typeof types.CacheProgressNowDocument,
    "query CacheCanReportProgress($id: ID!) { deliveryPlan(id: $id) { actions { ref canReportProgress } } }": typeof types.CacheCanReportProgressDocument,
    "query CacheReportWithError($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-05-31\", since: \"2025-06-01\") { asOf } }": typeof types.CacheReportWithErrorDocument,
    "mutation RoundsWorkerCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }": typeof types.RoundsWorkerCreateReportingRoundDocument,
    "mutation RoundsWorkerSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }": typeof types.RoundsWorkerSetDigestFrequencyDocument,
    "mutation RoundsWorkerReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.RoundsWorkerReportProgressDocument,
    "mutation RoundsWorkerQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams were trained?\") { id } }": typeof types.RoundsWorkerQueryReturnDocument,
    "mutation RoundsWorkerAnswerReturnQuery($id: ID!) { answerReturnQuery(queryId: $id, comment: \"Custody teams.\") { id } }": typeof types.RoundsWorkerAnswerReturnQueryDocument,
    "fragment RoundsRoundFields on ReportingRound { id title opensOn deadline graceWorkingDays graceEndsOn closedOn state\n  compliance { agency { id } due onTime late missed outstanding acknowledged }\n  agencies {\n    agency { id }\n    due { status returnedOn acknowledged action { id } progressUpdate { id noChange } }\n    done { action { id } }\n    late { action { id } }\n    compliance { due onTime late missed outstanding acknowledged }\n  } }": typeof types.RoundsRoundFieldsFragmentDoc,
    "mutation RoundsCreate($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { ...RoundsRoundFields } }": typeof types.RoundsCreateDocument,
    "query RoundsRound($id: ID!) { reportingRound(id: $id) { ...RoundsRoundFields } }": typeof types.RoundsRoundDocument,
    "mutation RoundsReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id rag noChange recordedOn } }": typeof types.RoundsReportProgressDocument,
    "mutation RoundsConfirmNoChange($actionId: ID!, $roundId: ID) {\n  confirmNoChange(actionId: $actionId, roundId: $roundId) { id noChange narrative status percentComplete rag recordedOn reportedOn }\n}": typeof types.RoundsConfirmNoChangeDocument,
    "query RoundsMyReturnsDue { myReturnsDue { status round { id title deadline } action { id } agency { id } } }": typeof types.RoundsMyReturnsDueDocument,
    "mutation RoundsAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }": typeof types.RoundsAcknowledgeReturnDocument,
    "mutation RoundsQueryReturn($id: ID!, $comment: String!) { queryReturn(progressUpdateId: $id, comment: $comment) { id comment answersQueryId } }": typeof types.RoundsQueryReturnDocument,
    "mutation RoundsAnswerReturnQuery($id: ID!, $comment: String!) { answerReturnQuery(queryId: $id, comment: $comment) { id comment answersQueryId } }": typeof types.RoundsAnswerReturnQueryDocument,
    "mutation RoundsCloseReportingRound($id: ID!) { closeReportingRound(id: $id) { id closedOn state } }": typeof types.RoundsCloseReportingRoundDocument,
    "query RoundsAction($id: ID!) { action(id: $id) { updates { id acknowledged queries { comment answersQueryId } } } }": typeof types.RoundsActionDocument,
    "query RoundsBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { roundCompliance { agency { id } due onTime missed } } }": typeof types.RoundsBoardReportDocument,
    "mutation RoundsGenerateReportingRounds($input: GenerateReportingRoundsInput!) { generateReportingRounds(input: $input) { opensOn deadline graceEndsOn } }": typeof types.RoundsGenerateReportingRoundsDocument,
    "query RoundsReminderSettings($id: ID!) { reminderSettings(partnershipId: $id) { daysBefore onDeadline escalateAfterGrace } }": typeof types.RoundsReminderSettingsDocument,
    "mutation RoundsSetReminderSettings($input: SetReminderSettingsInput!) { setReminderSettings(input: $input) { daysBefore onDeadline escalateAfterGrace } }": typeof types.RoundsSetReminderSettingsDocument,
    "query RoundsMyDigestFrequency { myDigestFrequency }": typeof types.RoundsMyDigestFrequencyDocument,
    "mutation RoundsSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }": typeof types.RoundsSetDigestFrequencyDocument,
    "fragment AgreementRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": typeof types.AgreementRollUpFragmentDoc,
    "fragment AgreementRow on ActionRow { ref title objective { id } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue action { id } }": typeof types.AgreementRowFragmentDoc,
    "query AgreementReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...AgreementRollUp }\n    byPillar { pillar rollUp { ...AgreementRollUp } }\n    byObjective { objective { id pillar } rollUp { ...AgreementRollUp } }\n    byAgency { agency { id name } rollUp { ...AgreementRollUp } }\n    overdueActions { ...AgreementRow }\n    overdueMilestones { milestone { id } action { id } dueDate daysOverdue }\n    dueSoon { ...AgreementRow }\n    staleActions { ...AgreementRow }\n    changes {\n      action { id } ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter\n      progressBefore progressAfter dueDateBefore dueDateAfter\n    }\n    updatesSince { id reportedOn }\n  }\n}": typeof types.AgreementReportDocument,
    "query AgreementActionsPage($plan: ID!, $after: String) { actions(deliveryPlanId: $plan, first: 37, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { id ref dueDate status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { id overdue } } } } }": typeof types.AgreementActionsPageDocument,
    "query AgreementActions($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter, first: 200) { totalCount edges { node { ref } } } }": typeof types.AgreementActionsDocument,
    "query AgreementOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ...AgreementRow } }": typeof types.AgreementOverdueActionsDocument,
    "mutation SafeDefaultsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.SafeDefaultsLoginDocument,
    "mutation SafeDefaultsCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }": typeof types.SafeDefaultsCreateAgencyDocument,
    "mutation SafeDefaultsCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": typeof types.SafeDefaultsCreatePartnershipDocument,
    "mutation SafeDefaultsCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }": typeof types.SafeDefaultsCreateStrategyDocument,
    "mutation SafeDefaultsCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": typeof types.SafeDefaultsCreateDeliveryPlanDocument,
    "query TrustMeId { me { id } }": typeof types.TrustMeIdDocument,
    "mutation TrustAddMilestoneOnA($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }": typeof types.TrustAddMilestoneOnADocument,
    "mutation TrustReportProgressOnA($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": typeof types.TrustReportProgressOnADocument,
    "mutation TrustCreateUserId($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.TrustCreateUserIdDocument,
    "query TrustPartnershipIds { partnerships { id } }": typeof types.TrustPartnershipIdsDocument,
    "mutation TrustCreateObjectiveOnA($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }": typeof types.TrustCreateObjectiveOnADocument,
    "mutation TrustReadPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": typeof types.TrustReadPlanDocument,
    "query TrustMe { me { id isAdmin } }": typeof types.TrustMeDocument,
    "query TrustPartnerships { partnerships { id } }": typeof types.TrustPartnershipsDocument,
    "query TrustPartnership($id: ID!) { partnership(id: $id) { id timezone } }": typeof types.TrustPartnershipDocument,
    "query TrustAgencies { agencies { id } }": typeof types.TrustAgenciesDocument,
    "query TrustAgencyByName($name: String!) { agencyByName(name: $name) { id } }": typeof types.TrustAgencyByNameDocument,
    "query TrustStrategy($id: ID!) { strategy(id: $id) { id title partnership { id } } }": typeof types.TrustStrategyDocument,
    "query TrustDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { id title strategy { id } } }": typeof types.TrustDeliveryPlanDocument,
    "query TrustAction($id: ID!) { action(id: $id) { id ref leadAgency { id } supportingAgencies { id } status progress lastReportedOn } }": typeof types.TrustActionDocument,
    "query TrustActions($plan: ID!) { actions(deliveryPlanId: $plan) { totalCount edges { node { id rag ragReasons } } pageInfo { hasNextPage } } }": typeof types.TrustActionsDocument,
    "query TrustBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-06-15\") {\n          asOf deliveryPlan { id } partnership { id } overall { total overdue progress } overdueActions { ref daysOverdue } } }": typeof types.TrustBoardReportDocument,
    "query TrustOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan, asOf: \"2025-06-15\") { ref daysOverdue leadAgency { id } action { id } } }": typeof types.TrustOverdueActionsDocument,
    "query TrustAuditEvents($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { operation entityType entityId actor { id } } } } }": typeof types.TrustAuditEventsDocument,
    "mutation TrustLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id isAdmin } } }": typeof types.TrustLoginDocument,
    "mutation TrustCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug staleAfterDays dueSoonDays } }": typeof types.TrustCreatePartnershipDocument,
    "mutation TrustCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind } }": typeof types.TrustCreateAgencyDocument,
    "mutation TrustCreateAgencyIntoA($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }": typeof types.TrustCreateAgencyIntoADocument,
    "mutation TrustUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind } }": typeof types.TrustUpdateAgencyDocument,
    "mutation TrustMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id } }": typeof types.TrustMergeAgenciesDocument,
    "mutation TrustAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id agencies { id } } }": typeof types.TrustAddAgencyToPartnershipDocument,
    "mutation TrustCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email isAdmin agency { id } } }": typeof types.TrustCreateUserDocument,
    "mutation TrustSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }": typeof types.TrustSetMembershipDocument,
    "mutation TrustCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title status partnership { id } } }": typeof types.TrustCreateStrategyDocument,
    "mutation TrustCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id code pillar strategy { id } } }": typeof types.TrustCreateObjectiveDocument,
    "mutation TrustCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id startDate endDate strategy { id } } }": typeof types.TrustCreateDeliveryPlanDocument,
    "mutation TrustCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref version leadAgency { id } supportingAgencies { id } status } }": typeof types.TrustCreateActionDocument,
    "mutation TrustUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { id title version } }": typeof types.TrustUpdateActionDocument,
    "mutation TrustAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn action { id } } }": typeof types.TrustAddMilestoneDocument,
    "mutation TrustCompleteMilestone($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id completedOn overdue } }": typeof types.TrustCompleteMilestoneDocument,
    "mutation TrustReportProgress($input: ReportProgressInput!) {\n            reportProgress(input: $input) { id reportedOn percentComplete status author { id } action { id status progress } }\n          }": typeof types.TrustReportProgressDocument,
    "mutation TrustCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id opensOn graceEndsOn state } }": typeof types.TrustCreateReportingRoundDocument,
    "mutation TrustConfirmNoChange($id: ID!) { confirmNoChange(actionId: $id) { id noChange status percentComplete action { id } } }": typeof types.TrustConfirmNoChangeDocument,
    "mutation TrustAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }": typeof types.TrustAcknowledgeReturnDocument,
    "mutation TrustSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { deliveryPlanId version summary } }": typeof types.TrustSaveBoardPackCommentaryDocument,
    "mutation TrustPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { id deliveryPlanId version asOf } }": typeof types.TrustPublishBoardPackDocument,
    "mutation TrustRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }": typeof types.TrustRemoveMembershipDocument,
    "mutation TrustDeactivateUser($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }": typeof types.TrustDeactivateUserDocument,
    "mutation TrustChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": typeof types.TrustChangePasswordDocument,
    "mutation TrustCompleteMilestoneOnA($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id } }": typeof types.TrustCompleteMilestoneOnADocument,
    "mutation TrustUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id name staleAfterDays } }": typeof types.TrustUpdatePartnershipDocument,
    "mutation TrustUpdateStrategy($id: ID!, $input: UpdateStrategyInput!) { updateStrategy(id: $id, input: $input) { id title status } }": typeof types.TrustUpdateStrategyDocument,
    "mutation TrustUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { id title } }": typeof types.TrustUpdateObjectiveDocument,
    "mutation TrustRemoveObjective($id: ID!) { removeObjective(id: $id) }": typeof types.TrustRemoveObjectiveDocument,
    "mutation TrustUpdateDeliveryPlan($id: ID!, $input: UpdateDeliveryPlanInput!) { updateDeliveryPlan(id: $id, input: $input) { id title } }": typeof types.TrustUpdateDeliveryPlanDocument,
    "mutation TrustRemoveAction($id: ID!, $reason: String!) { removeAction(id: $id, reason: $reason) }": typeof types.TrustRemoveActionDocument,
    "mutation TrustUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id dueDate version } }": typeof types.TrustUpdateMilestoneDocument,
    "mutation TrustReopenMilestone($id: ID!) { reopenMilestone(id: $id) { id completedOn } }": typeof types.TrustReopenMilestoneDocument,
    "mutation TrustRemoveMilestone($id: ID!) { removeMilestone(id: $id) }": typeof types.TrustRemoveMilestoneDocument,
    "mutation TrustCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date } }": typeof types.TrustCreateBoardMeetingDocument,
    "mutation TrustUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { id date version } }": typeof types.TrustUpdateBoardMeetingDocument,
    "mutation TrustRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }": typeof types.TrustRemoveBoardMeetingDocument,
    "mutation TrustMeetingOnA($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }": typeof types.TrustMeetingOnADocument,
    "query TrustBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { id date } }": typeof types.TrustBoardMeetingsDocument,
    "mutation TrustLoginAnySession($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }": typeof types.TrustLoginAnySessionDocument,
    "mutation TrustCreateAdmin($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }": typeof types.TrustCreateAdminDocument,
    "query TrustPartnershipId($id: ID!) { partnership(id: $id) { id } }": typeof types.TrustPartnershipIdDocument,
    "query TrustOtherPartnership($id: ID!) { partnership(id: $id) { id name } }": typeof types.TrustOtherPartnershipDocument,
    "query TrustPartnershipTree($id: ID!) { partnership(id: $id) { id agencies { id } strategies { id deliveryPlans { id actions { id ref leadAgency { id } } } } } }": typeof types.TrustPartnershipTreeDocument,
    "query TrustAgencyIds { agencies { id } }": typeof types.TrustAgencyIdsDocument,
    "mutation TrustSetMembershipOf($input: SetMembershipInput!) { setMembership(input: $input) { role } }": typeof types.TrustSetMembershipOfDocument,
    "query TrustLeadOfficerMemberships($id: ID!) { action(id: $id) { leadOfficer { id memberships { role partnership { id } } } } }": typeof types.TrustLeadOfficerMembershipsDocument,
    "query TrustOwnMemberships { me { memberships { partnership { id } } } }": typeof types.TrustOwnMembershipsDocument,
    "query TrustAuditActorMemberships($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { entityId actor { id memberships { partnership { id } } } } } } }": typeof types.TrustAuditActorMembershipsDocument,
    "query WebSessionMe { me { name agency { name } } }": typeof types.WebSessionMeDocument,
    "query WebSessionMeName { me { name } }": typeof types.WebSessionMeNameDocument,
    "query WebSessionPartnerships { partnerships { id } }": typeof types.WebSessionPartnershipsDocument,
    "query WebSessionPlans { partnerships { strategies { deliveryPlans { id } } } }": typeof types.WebSessionPlansDocument,
    "query WebSessionWide { partnerships { strategies { deliveryPlans { actions { id ref } } } } }": typeof types.WebSessionWideDocument,
    "mutation WebSessionCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }": typeof types.WebSessionCreateUserDocument,
    "mutation WebSessionSetMembership($i: SetMembershipInput!) { setMembership(input: $i) { role } }": typeof types.WebSessionSetMembershipDocument,
    "query WebSessionMyActions($f: MyActionsFilter) { myActions(filter: $f) { leads action { id ref status overdue ragReasons dueDate canReportProgress\n      leadAgency { name } supportingAgencies { name } deliveryPlan { partnership { today dueSoonDays } } } } }": typeof types.WebSessionMyActionsDocument,
    "query WebSessionCanReport { partnerships { strategies { deliveryPlans { actions { ref canReportProgress leadAgency { name } supportingAgencies { name } } } } } }": typeof types.WebSessionCanReportDocument,
    "query WebSessionCached($p: ID!) { boardReport(deliveryPlanId: $p, asOf: \"2026-09-30\") { overall { total progress } } }": typeof types.WebSessionCachedDocument,
    "query WebSessionPerCaller($p: ID!) { deliveryPlan(id: $p) { actions { ref canReportProgress } } }": typeof types.WebSessionPerCallerDocument,
    "mutation FixtureCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }": typeof types.FixtureCreateAgencyDocument,
    "mutation FixtureCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.FixtureCreateUserDocument,
    "mutation FixtureSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }": typeof types.FixtureSetMembershipDocument,
    "mutation FixtureCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": typeof types.FixtureCreatePartnershipDocument,
    "mutation FixtureCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }": typeof types.FixtureCreateStrategyDocument,
    "mutation FixtureCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }": typeof types.FixtureCreateObjectiveDocument,
    "mutation FixtureCreateAction($input: CreateActionInput!) {\n  createAction(input: $input) { id ref version }\n}": typeof types.FixtureCreateActionDocument,
    "mutation FixtureCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": typeof types.FixtureCreateDeliveryPlanDocument,
    "mutation TestServerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": typeof types.TestServerLoginDocument,
};
const documents: Documents = {
    "mutation AccountsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }": types.AccountsLoginDocument,
    "mutation AccountsRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }": types.AccountsRemoveMembershipDocument,
    "mutation AccountsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id email deactivatedAt } }": types.AccountsDeactivateUserDocument,
    "mutation AccountsChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": types.AccountsChangePasswordDocument,
    "mutation AccountsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email name isAdmin deactivatedAt agency { id } } }": types.AccountsCreateUserDocument,
    "mutation AccountsSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }": types.AccountsSetMembershipDocument,
    "query AccountsPartnership($id: ID!) { partnership(id: $id) { id } }": types.AccountsPartnershipDocument,
    "query AccountsMe { me { id } }": types.AccountsMeDocument,
    "mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email isAdmin } } }": types.AuthLoginDocument,
    "query AuthMe { me { id email name isAdmin } }": types.AuthMeDocument,
    "mutation AuthCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": types.AuthCreatePartnershipDocument,
    "query AuthPartnership($id: ID!) { partnership(id: $id) { id } }": types.AuthPartnershipDocument,
    "query AuthPartnerships { partnerships { id } }": types.AuthPartnershipsDocument,
    "mutation AuthCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }": types.AuthCreateStrategyDocument,
    "mutation AuthCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.AuthCreateUserDocument,
    "query BadInputMe { me { id } }": types.BadInputMeDocument,
    "mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }": types.BadInputCreatePartnershipDocument,
    "mutation BadInputCreateAgency($i: CreateAgencyInput!) { createAgency(input: $i) { id } }": types.BadInputCreateAgencyDocument,
    "mutation BadInputCreateStrategy($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }": types.BadInputCreateStrategyDocument,
    "mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }": types.BadInputCreateObjectiveDocument,
    "mutation BadInputCreateDeliveryPlan($i: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $i) { id } }": types.BadInputCreateDeliveryPlanDocument,
    "mutation BadInputReportProgress($i: ReportProgressInput!) { reportProgress(input: $i) { id } }": types.BadInputReportProgressDocument,
    "mutation BadInputQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams?\") { id } }": types.BadInputQueryReturnDocument,
    "mutation BadInputCreateAction($i: CreateActionInput!) { createAction(input: $i) { id ref } }": types.BadInputCreateActionDocument,
    "mutation BadInputAddMilestone($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }": types.BadInputAddMilestoneDocument,
    "mutation BadInputCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2024-01-15\") { id } }": types.BadInputCompleteMilestoneDocument,
    "mutation BadInputCreateBoardMeeting($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id } }": types.BadInputCreateBoardMeetingDocument,
    "fragment WorkedRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": types.WorkedRollUpFragmentDoc,
    "fragment WorkedRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } }": types.WorkedRowFragmentDoc,
    "query WorkedBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    overall { ...WorkedRollUp }\n    byPillar { pillar rollUp { ...WorkedRollUp } }\n    byObjective { objective { code } rollUp { ...WorkedRollUp } }\n    byAgency { agency { name } rollUp { ...WorkedRollUp } }\n    overdueActions { ...WorkedRow }\n    overdueMilestones { milestone { title dueDate completedOn } action { ref } dueDate daysOverdue }\n    dueSoon { ...WorkedRow }\n    staleActions { ...WorkedRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter action { ref } }\n    updatesSince { reportedOn narrative percentComplete status rag author { name } agency { name } action { ref } }\n  }\n}": types.WorkedBoardReportDocument,
    "query WorkedBoardReport2($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overdueActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    dueSoon { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    staleActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    overdueMilestones { milestone { title overdue } action { ref } }\n  }\n}": types.WorkedBoardReport2Document,
    "fragment WorkedActionFields on Action { ref status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { title dueDate completedOn overdue } }": types.WorkedActionFieldsFragmentDoc,
    "query WorkedActions($plan: ID!, $filter: ActionFilter) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: 50) { totalCount edges { node { ...WorkedActionFields } } }\n}": types.WorkedActionsDocument,
    "query WorkedOverdueActions($plan: ID!, $asOf: Date, $agencyId: ID) {\n  overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agencyId) { ref status progress rag ragReasons daysOverdue dueDate }\n}": types.WorkedOverdueActionsDocument,
    "mutation WorkedReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.WorkedReportProgressDocument,
    "mutation WorkedAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": types.WorkedAddMilestoneDocument,
    "mutation WorkedCompleteMilestone($id: ID!, $completedOn: Date) { completeMilestone(id: $id, completedOn: $completedOn) { id } }": types.WorkedCompleteMilestoneDocument,
    "query WorkedPartnership($id: ID!) { partnership(id: $id) { staleAfterDays dueSoonDays timezone agencies { id name } } }": types.WorkedPartnershipDocument,
    "query WorkedAction($id: ID!) { action(id: $id) { ...WorkedActionFields } }": types.WorkedActionDocument,
    "query WorkedBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf deliveryPlan { title } partnership { name }\n        overall { ...WorkedRollUp }\n        byPillar { pillar rollUp { ...WorkedRollUp } }\n        byObjective { objective { code title } rollUp { ...WorkedRollUp } }\n        byAgency { agency { name kind } rollUp { ...WorkedRollUp } }\n        overdueActions { ...WorkedRow action { id status rag overdue } }\n        overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n        dueSoon { ...WorkedRow action { id status rag overdue } }\n        staleActions { ...WorkedRow action { id status rag overdue } }\n        changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n        updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n      }\n    }": types.WorkedBoardReport3Document,
    "query WorkedBoardReport4($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf staleAfterDays dueSoonDays\n        overall { ...WorkedRollUp }\n        overdueActions { ref dueDate daysOverdue originalDueDate }\n        dueSoon { ref dueDate }\n        staleActions { ref }\n        byPillar { pillar rollUp { total } }\n        changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n      }\n    }": types.WorkedBoardReport4Document,
    "mutation WorkedUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }": types.WorkedUpdateActionDocument,
    "mutation WorkedRemoveAction($id: ID!, $r: String!, $from: Date) { removeAction(id: $id, reason: $r, effectiveFrom: $from) }": types.WorkedRemoveActionDocument,
    "mutation WorkedUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }": types.WorkedUpdatePartnershipDocument,
    "fragment ReportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": types.ReportRollUpFragmentDoc,
    "fragment ReportRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } action { id status rag overdue } }": types.ReportRowFragmentDoc,
    "query ReportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    deliveryPlan { title } partnership { name timezone }\n    overall { ...ReportRollUp }\n    byPillar { pillar rollUp { ...ReportRollUp } }\n    byObjective { objective { code title } rollUp { ...ReportRollUp } }\n    byAgency { agency { name kind } rollUp { ...ReportRollUp } }\n    overdueActions { ...ReportRow }\n    overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n    dueSoon { ...ReportRow }\n    staleActions { ...ReportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n    updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n  }\n}": types.ReportBoardReportDocument,
    "query ReportActions($plan: ID!, $filter: ActionFilter, $first: Int, $after: String) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ref title status rag overdue } }\n  }\n}": types.ReportActionsDocument,
    "mutation ReportReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.ReportReportProgressDocument,
    "mutation ReportAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": types.ReportAddMilestoneDocument,
    "query ReportOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan) { ref } }": types.ReportOverdueActionsDocument,
    "fragment CliRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": types.CliRollUpFragmentDoc,
    "query CliBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { asOf overall { ...CliRollUp } byPillar { pillar rollUp { ...CliRollUp } } } }": types.CliBoardReportDocument,
    "query WhoAmI { me { email isAdmin } }": types.WhoAmIDocument,
    "mutation ConcurrencyReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete } }": types.ConcurrencyReportProgressDocument,
    "mutation ConcurrencyUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version title } }": types.ConcurrencyUpdateActionDocument,
    "query ConcurrencyAction($id: ID!) { action(id: $id) { progress status lastReportedOn } }": types.ConcurrencyActionDocument,
    "mutation CrashSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.CrashSafetyLoginDocument,
    "mutation CrashSafetyCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }": types.CrashSafetyCreateAgencyDocument,
    "query CrashSafetyAgencies { agencies { id } }": types.CrashSafetyAgenciesDocument,
    "fragment DemoRagRollUp on RollUp { total cancelled byRag { red amber green blue } }": types.DemoRagRollUpFragmentDoc,
    "query DemoRagReport($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overall { ...DemoRagRollUp }\n    byPillar { pillar rollUp { ...DemoRagRollUp } }\n    overdueActions { ref }\n    dueSoon { ref }\n    deliveryPlan { actions { ref pillar rag ragReasons } }\n  }\n}": types.DemoRagReportDocument,
    "query DemoRagPartnerships { partnerships { name strategies { deliveryPlans { id } } } }": types.DemoRagPartnershipsDocument,
    "query DemoRagChangesAndStale($plan: ID!) {\n        changes: boardReport(deliveryPlanId: $plan, since: \"2026-08-25\") { changes { ref kinds } }\n        past: boardReport(deliveryPlanId: $plan, asOf: \"2026-09-23\") { staleActions { ref } }\n      }": types.DemoRagChangesAndStaleDocument,
    "fragment ExportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": types.ExportRollUpFragmentDoc,
    "fragment ExportRow on ActionRow { ref title status progress rag ragReasons daysOverdue dueDate leadAgency { name } objective { code } }": types.ExportRowFragmentDoc,
    "query ExportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since partnership { name } deliveryPlan { title }\n    overall { ...ExportRollUp }\n    byPillar { pillar rollUp { ...ExportRollUp } }\n    byObjective { objective { code title pillar } rollUp { ...ExportRollUp } }\n    byAgency { agency { name } rollUp { ...ExportRollUp } }\n    overdueActions { ...ExportRow }\n    overdueMilestones { milestone { title } action { ref } dueDate daysOverdue }\n    dueSoon { ...ExportRow }\n    staleActions { ...ExportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter }\n    updatesSince { id narrative }\n  }\n}": types.ExportBoardReportDocument,
    "query ExchangeExportPartnerships { partnerships { strategies { deliveryPlans { id } } } }": types.ExchangeExportPartnershipsDocument,
    "mutation ExchangeExportCreatePartnership { createPartnership(input: { name: \"Elsewhere\", slug: \"elsewhere\" }) { id } }": types.ExchangeExportCreatePartnershipDocument,
    "query ExchangeExportBoardPackUrl($plan: ID!, $format: BoardPackFormat!, $asOf: Date, $since: Date) { boardPackUrl(deliveryPlanId: $plan, format: $format, asOf: $asOf, since: $since) }": types.ExchangeExportBoardPackUrlDocument,
    "query ExchangeExportMe { me { id } }": types.ExchangeExportMeDocument,
    "query ExchangeExportPartnerships2 { partnerships { id } }": types.ExchangeExportPartnerships2Document,
    "mutation ExchangeExportSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }": types.ExchangeExportSetMembershipDocument,
    "mutation ExchangeExportDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }": types.ExchangeExportDeactivateUserDocument,
    "query ExchangeImportCouncilsDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      ref title startDate dueDate\n      leadAgency { name }\n      supportingAgencies { name }\n      updates { reportedOn status percentComplete rag author { id } agency { name } }\n    }\n  }\n}": types.ExchangeImportCouncilsDeliveryPlanDocument,
    "query ExchangeImportCouncilsPartnership($id: ID!) { partnership(id: $id) { agencies { name kind shared } } }": types.ExchangeImportCouncilsPartnershipDocument,
    "query ExchangeImportCouncilsBoardReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) { overall { total } byPillar { pillar rollUp { total } } } }": types.ExchangeImportCouncilsBoardReportDocument,
    "query ExchangeImportCouncilsActions($plan: ID!) { actions(deliveryPlanId: $plan, first: 50) { edges { node { ref } } } }": types.ExchangeImportCouncilsActionsDocument,
    "query ExchangeImportCouncilsAgencies { agencies { name } }": types.ExchangeImportCouncilsAgenciesDocument,
    "mutation ExchangeImportCouncilsUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind shared } }": types.ExchangeImportCouncilsUpdateAgencyDocument,
    "mutation ExchangeImportCouncilsMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id name } }": types.ExchangeImportCouncilsMergeAgenciesDocument,
    "query ExchangeImportCouncilsAgencies2 { agencies { id } }": types.ExchangeImportCouncilsAgencies2Document,
    "query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }": types.ExchangeImportCouncilsAgencyByNameDocument,
    "mutation ExchangeImportCouncilsAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id } }": types.ExchangeImportCouncilsAddAgencyToPartnershipDocument,
    "query ExchangeImportCouncilsAgencies3 { agencies { id name } }": types.ExchangeImportCouncilsAgencies3Document,
    "mutation ExchangeImportCouncilsCreateAction($input: CreateActionInput!) { createAction(input: $input) { id } }": types.ExchangeImportCouncilsCreateActionDocument,
    "mutation ExchangeImportCouncilsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.ExchangeImportCouncilsCreateUserDocument,
    "query ExchangeImportDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      id ref title description successMeasure startDate dueDate version status progress lastReportedOn\n      objective { code pillar title }\n      leadAgency { name }\n      supportingAgencies { name }\n      milestones { title dueDate completedOn }\n      updates { reportedOn status percentComplete rag narrative author { id } }\n    }\n  }\n}": types.ExchangeImportDeliveryPlanDocument,
    "query ExchangeImportPartnership($id: ID!) { partnership(id: $id) { agencies { name } } }": types.ExchangeImportPartnershipDocument,
    "mutation HostileLoadEdgeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.HostileLoadEdgeLoginDocument,
    "mutation HostileLoadExchangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.HostileLoadExchangeLoginDocument,
    "mutation HostileLoadExchangeCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": types.HostileLoadExchangeCreateDeliveryPlanDocument,
    "mutation HostileLoadLoginsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }": types.HostileLoadLoginsLoginDocument,
    "mutation HostileLoadLoginsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.HostileLoadLoginsCreateUserDocument,
    "query HostileLoadLoginsMe { me { id } }": types.HostileLoadLoginsMeDocument,
    "mutation HostileCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": types.HostileCreatePartnershipDocument,
    "query HostileMe { me { id } }": types.HostileMeDocument,
    "mutation ImportWriteRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }": types.ImportWriteRemoveActionDocument,
    "fragment HistoryRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": types.HistoryRollUpFragmentDoc,
    "fragment HistoryRow on ActionRow { ref title objective { id code title pillar } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue }": types.HistoryRowFragmentDoc,
    "query HistoryFullReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...HistoryRollUp }\n    byPillar { pillar rollUp { ...HistoryRollUp } }\n    byObjective { objective { id code title pillar } rollUp { ...HistoryRollUp } }\n    byAgency { agency { id } rollUp { ...HistoryRollUp } }\n    overdueActions { ...HistoryRow }\n    overdueMilestones { milestone { id title } dueDate daysOverdue }\n    dueSoon { ...HistoryRow }\n    staleActions { ...HistoryRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n    updatesSince { id }\n  }\n}": types.HistoryFullReportDocument,
    "mutation HistoryReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.HistoryReportProgressDocument,
    "mutation HistoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }": types.HistoryAddMilestoneDocument,
    "mutation HistoryCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": types.HistoryCreateDeliveryPlanDocument,
    "mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }": types.HistoryUpdateActionDocument,
    "query HistoryAction($id: ID!) { action(id: $id) { dueDate originalDueDate dueDateRevisions { from to effectiveFrom changedAt changedBy { id } } } }": types.HistoryActionDocument,
    "query HistoryBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-09-29\") { overdueActions { ref dueDate originalDueDate dueDateRevisions { to } } } }": types.HistoryBoardReportDocument,
    "query HistoryBoardReport2($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-08-15\") { overdueActions { ref originalDueDate dueDateRevisions { from to effectiveFrom } } } }": types.HistoryBoardReport2Document,
    "mutation HistoryRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }": types.HistoryRemoveActionDocument,
    "query HistoryDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { actions { ref } } }": types.HistoryDeliveryPlanDocument,
    "query HistoryAction2($id: ID!) { action(id: $id) { removedOn removalReason } }": types.HistoryAction2Document,
    "mutation HistoryRemoveAction2($id: ID!) { removeAction(id: $id, reason: \"Again\") }": types.HistoryRemoveAction2Document,
    "mutation HistoryCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2025-08-01\") { id } }": types.HistoryCompleteMilestoneDocument,
    "mutation HistoryUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id } }": types.HistoryUpdateMilestoneDocument,
    "mutation HistoryReopenMilestone($id: ID!) { reopenMilestone(id: $id) { completedOn } }": types.HistoryReopenMilestoneDocument,
    "mutation HistoryRemoveMilestone($id: ID!) { removeMilestone(id: $id) }": types.HistoryRemoveMilestoneDocument,
    "query HistoryPartnership($id: ID!) { partnership(id: $id) { version } }": types.HistoryPartnershipDocument,
    "mutation HistoryUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { staleAfterDays version } }": types.HistoryUpdatePartnershipDocument,
    "mutation HistoryUpdatePartnership2($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }": types.HistoryUpdatePartnership2Document,
    "mutation HistoryCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id version } }": types.HistoryCreateObjectiveDocument,
    "mutation HistoryUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { pillar } }": types.HistoryUpdateObjectiveDocument,
    "mutation HistoryRemoveObjective($id: ID!) { removeObjective(id: $id) }": types.HistoryRemoveObjectiveDocument,
    "query HistoryOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ref } }": types.HistoryOverdueActionsDocument,
    "mutation HistoryCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date version } }": types.HistoryCreateBoardMeetingDocument,
    "query HistoryBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { title date } }": types.HistoryBoardMeetingsDocument,
    "query HistoryBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) { since sinceBoardMeeting { id title date } changes { ref kinds } updatesSince { id } }\n    }": types.HistoryBoardReport3Document,
    "mutation HistoryCreateBoardMeeting2($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }": types.HistoryCreateBoardMeeting2Document,
    "mutation HistoryUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { date version } }": types.HistoryUpdateBoardMeetingDocument,
    "mutation HistoryRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id, version: 1) }": types.HistoryRemoveBoardMeetingDocument,
    "mutation HistoryRemoveBoardMeeting2($id: ID!) { removeBoardMeeting(id: $id, version: 2) }": types.HistoryRemoveBoardMeeting2Document,
    "mutation PlanningCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title startDate endDate status } }": types.PlanningCreateStrategyDocument,
    "mutation PlanningCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id pillar code title description } }": types.PlanningCreateObjectiveDocument,
    "mutation PlanningCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id title startDate endDate } }": types.PlanningCreateDeliveryPlanDocument,
    "mutation PlanningCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref title version } }": types.PlanningCreateActionDocument,
    "mutation PlanningUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) {\n  updateAction(id: $id, version: $version, input: $input) { id version }\n}": types.PlanningUpdateActionDocument,
    "mutation PlanningAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn } }": types.PlanningAddMilestoneDocument,
    "query PlanningReadAction($id: ID!) {\n  action(id: $id) {\n    id ref title description successMeasure startDate dueDate version pillar\n    deliveryPlan { id }\n    objective { id code pillar }\n    leadAgency { id name kind }\n    supportingAgencies { id name kind }\n    leadOfficer { id name }\n    milestones { id title dueDate completedOn action { id } }\n  }\n}": types.PlanningReadActionDocument,
    "query PlanningPartnership($id: ID!) { partnership(id: $id) { agencies { id name kind } } }": types.PlanningPartnershipDocument,
    "query PlanningDeliveryPlan($id: ID!) { deliveryPlan(id: $id) {\n          id title startDate endDate\n          strategy { id title startDate endDate status partnership { id } objectives { id pillar code title description strategy { id } } }\n          actions { ref title objective { id } }\n        } }": types.PlanningDeliveryPlanDocument,
    "query PlanningStrategy($id: ID!) { strategy(id: $id) { id title status deliveryPlans { id } objectives { id } } }": types.PlanningStrategyDocument,
    "mutation ProgressReportProgress($input: ReportProgressInput!) {\n  reportProgress(input: $input) {\n    id reportedOn narrative percentComplete status rag createdAt\n    author { id } agency { id } action { id status progress lastReportedOn }\n  }\n}": types.ProgressReportProgressDocument,
    "mutation ProgressCompleteMilestone($id: ID!, $completedOn: Date) {\n  completeMilestone(id: $id, completedOn: $completedOn) { id completedOn overdue action { id } }\n}": types.ProgressCompleteMilestoneDocument,
    "query ProgressAction($id: ID!) {\n  action(id: $id) {\n    status progress lastReportedOn rag ragReasons overdue daysOverdue version\n    updates { id reportedOn percentComplete status }\n    milestones { id overdue completedOn }\n  }\n}": types.ProgressActionDocument,
    "mutation ProgressAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": types.ProgressAddMilestoneDocument,
    "query ProgressMe { me { id } }": types.ProgressMeDocument,
    "fragment PacksPackFields on PublishedBoardPack { id version asOf since boardMeetingId meetingTitle meetingDate reason staleAfterDays dueSoonDays ruleVersion publishedAt\n  publishedBy { name } dataSha256 pdf { sha256 bytes path } xlsx { sha256 bytes path } csv { sha256 bytes path } }": types.PacksPackFieldsFragmentDoc,
    "mutation PacksPublish($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { ...PacksPackFields } }": types.PacksPublishDocument,
    "mutation PacksReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.PacksReportProgressDocument,
    "query PacksPublishedBoardPack($id: ID!) { publishedBoardPack(id: $id) { differences { kind path ref before after } } }": types.PacksPublishedBoardPackDocument,
    "mutation PacksSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { version summary prevent updatedAt } }": types.PacksSaveBoardPackCommentaryDocument,
    "mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }": types.PacksCreateBoardMeetingDocument,
    "mutation PacksUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version } }": types.PacksUpdateActionDocument,
    "query PacksPublishedBoardPackUrl($id: ID!) { publishedBoardPackUrl(id: $id, format: XLSX) }": types.PacksPublishedBoardPackUrlDocument,
    "query PacksPublishedBoardPackUrl2($id: ID!) { publishedBoardPackUrl(id: $id, format: PDF) }": types.PacksPublishedBoardPackUrl2Document,
    "query PacksPublishedBoardPacks($plan: ID!) { publishedBoardPacks(deliveryPlanId: $plan) { id version } }": types.PacksPublishedBoardPacksDocument,
    "query PacksCompareBoardPacks($from: ID!, $to: ID!) { compareBoardPacks(fromId: $from, toId: $to) { from { version } to { version } differences { kind path ref before after } } }": types.PacksCompareBoardPacksDocument,
    "query PacksBoardPackCommentary($plan: ID!) { boardPackCommentary(deliveryPlanId: $plan) { version summary prevent pursue } }": types.PacksBoardPackCommentaryDocument,
    "mutation PacksPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { meetingTitle meetingDate boardMeetingId } }": types.PacksPublishBoardPackDocument,
    "mutation PacksRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }": types.PacksRemoveBoardMeetingDocument,
    "query PacksPublishedBoardPack2($id: ID!) { publishedBoardPack(id: $id) { id } }": types.PacksPublishedBoardPack2Document,
    "query PacksHistoryReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n      since sinceBoardMeeting { title date }\n      changes { ref kinds ragBefore ragAfter ragReasonsBefore ragReasonsAfter dueDateBefore dueDateAfter }\n      dueSoon { ref } staleActions { ref dueDate originalDueDate }\n      roundCompliance { agency { name } due onTime late missed outstanding acknowledged }\n    } }": types.PacksHistoryReportDocument,
    "mutation PacksCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }": types.PacksCreateReportingRoundDocument,
    "query WholePlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    title startDate endDate\n    strategy { title partnership { name agencies { name } } objectives { code pillar title } }\n    actions {\n      id ref title dueDate pillar version\n      objective { code title }\n      leadAgency { name kind }\n      supportingAgencies { name }\n      leadOfficer { name agency { name } }\n      milestones { title dueDate completedOn action { ref } }\n    }\n  }\n}": types.WholePlanDocument,
    "mutation QueryCountAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": types.QueryCountAddMilestoneDocument,
    "query CacheBoardReport($plan: ID!, $asOf: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n    overall { total completed progress }\n    byAgency { agency { name } rollUp { total } }\n    overdueActions { ref status progress }\n  }\n}": types.CacheBoardReportDocument,
    "query CachePlan($id: ID!) { deliveryPlan(id: $id) { title actions { ref title leadOfficer { name } } } }": types.CachePlanDocument,
    "mutation CacheReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.CacheReportProgressDocument,
    "query CachePlanMemberships($id: ID!) { deliveryPlan(id: $id) { actions { leadOfficer { memberships { role } } } } }": types.CachePlanMembershipsDocument,
    "query CacheProgressNow($plan: ID!) { boardReport(deliveryPlanId: $plan) { overall { progress } } }": types.CacheProgressNowDocument,
    "query CacheCanReportProgress($id: ID!) { deliveryPlan(id: $id) { actions { ref canReportProgress } } }": types.CacheCanReportProgressDocument,
    "query CacheReportWithError($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-05-31\", since: \"2025-06-01\") { asOf } }": types.CacheReportWithErrorDocument,
    "mutation RoundsWorkerCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }": types.RoundsWorkerCreateReportingRoundDocument,
    "mutation RoundsWorkerSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }": types.RoundsWorkerSetDigestFrequencyDocument,
    "mutation RoundsWorkerReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.RoundsWorkerReportProgressDocument,
    "mutation RoundsWorkerQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams were trained?\") { id } }": types.RoundsWorkerQueryReturnDocument,
    "mutation RoundsWorkerAnswerReturnQuery($id: ID!) { answerReturnQuery(queryId: $id, comment: \"Custody teams.\") { id } }": types.RoundsWorkerAnswerReturnQueryDocument,
    "fragment RoundsRoundFields on ReportingRound { id title opensOn deadline graceWorkingDays graceEndsOn closedOn state\n  compliance { agency { id } due onTime late missed outstanding acknowledged }\n  agencies {\n    agency { id }\n    due { status returnedOn acknowledged action { id } progressUpdate { id noChange } }\n    done { action { id } }\n    late { action { id } }\n    compliance { due onTime late missed outstanding acknowledged }\n  } }": types.RoundsRoundFieldsFragmentDoc,
    "mutation RoundsCreate($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { ...RoundsRoundFields } }": types.RoundsCreateDocument,
    "query RoundsRound($id: ID!) { reportingRound(id: $id) { ...RoundsRoundFields } }": types.RoundsRoundDocument,
    "mutation RoundsReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id rag noChange recordedOn } }": types.RoundsReportProgressDocument,
    "mutation RoundsConfirmNoChange($actionId: ID!, $roundId: ID) {\n  confirmNoChange(actionId: $actionId, roundId: $roundId) { id noChange narrative status percentComplete rag recordedOn reportedOn }\n}": types.RoundsConfirmNoChangeDocument,
    "query RoundsMyReturnsDue { myReturnsDue { status round { id title deadline } action { id } agency { id } } }": types.RoundsMyReturnsDueDocument,
    "mutation RoundsAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }": types.RoundsAcknowledgeReturnDocument,
    "mutation RoundsQueryReturn($id: ID!, $comment: String!) { queryReturn(progressUpdateId: $id, comment: $comment) { id comment answersQueryId } }": types.RoundsQueryReturnDocument,
    "mutation RoundsAnswerReturnQuery($id: ID!, $comment: String!) { answerReturnQuery(queryId: $id, comment: $comment) { id comment answersQueryId } }": types.RoundsAnswerReturnQueryDocument,
    "mutation RoundsCloseReportingRound($id: ID!) { closeReportingRound(id: $id) { id closedOn state } }": types.RoundsCloseReportingRoundDocument,
    "query RoundsAction($id: ID!) { action(id: $id) { updates { id acknowledged queries { comment answersQueryId } } } }": types.RoundsActionDocument,
    "query RoundsBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { roundCompliance { agency { id } due onTime missed } } }": types.RoundsBoardReportDocument,
    "mutation RoundsGenerateReportingRounds($input: GenerateReportingRoundsInput!) { generateReportingRounds(input: $input) { opensOn deadline graceEndsOn } }": types.RoundsGenerateReportingRoundsDocument,
    "query RoundsReminderSettings($id: ID!) { reminderSettings(partnershipId: $id) { daysBefore onDeadline escalateAfterGrace } }": types.RoundsReminderSettingsDocument,
    "mutation RoundsSetReminderSettings($input: SetReminderSettingsInput!) { setReminderSettings(input: $input) { daysBefore onDeadline escalateAfterGrace } }": types.RoundsSetReminderSettingsDocument,
    "query RoundsMyDigestFrequency { myDigestFrequency }": types.RoundsMyDigestFrequencyDocument,
    "mutation RoundsSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }": types.RoundsSetDigestFrequencyDocument,
    "fragment AgreementRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }": types.AgreementRollUpFragmentDoc,
    "fragment AgreementRow on ActionRow { ref title objective { id } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue action { id } }": types.AgreementRowFragmentDoc,
    "query AgreementReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...AgreementRollUp }\n    byPillar { pillar rollUp { ...AgreementRollUp } }\n    byObjective { objective { id pillar } rollUp { ...AgreementRollUp } }\n    byAgency { agency { id name } rollUp { ...AgreementRollUp } }\n    overdueActions { ...AgreementRow }\n    overdueMilestones { milestone { id } action { id } dueDate daysOverdue }\n    dueSoon { ...AgreementRow }\n    staleActions { ...AgreementRow }\n    changes {\n      action { id } ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter\n      progressBefore progressAfter dueDateBefore dueDateAfter\n    }\n    updatesSince { id reportedOn }\n  }\n}": types.AgreementReportDocument,
    "query AgreementActionsPage($plan: ID!, $after: String) { actions(deliveryPlanId: $plan, first: 37, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { id ref dueDate status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { id overdue } } } } }": types.AgreementActionsPageDocument,
    "query AgreementActions($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter, first: 200) { totalCount edges { node { ref } } } }": types.AgreementActionsDocument,
    "query AgreementOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ...AgreementRow } }": types.AgreementOverdueActionsDocument,
    "mutation SafeDefaultsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.SafeDefaultsLoginDocument,
    "mutation SafeDefaultsCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }": types.SafeDefaultsCreateAgencyDocument,
    "mutation SafeDefaultsCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": types.SafeDefaultsCreatePartnershipDocument,
    "mutation SafeDefaultsCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }": types.SafeDefaultsCreateStrategyDocument,
    "mutation SafeDefaultsCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": types.SafeDefaultsCreateDeliveryPlanDocument,
    "query TrustMeId { me { id } }": types.TrustMeIdDocument,
    "mutation TrustAddMilestoneOnA($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }": types.TrustAddMilestoneOnADocument,
    "mutation TrustReportProgressOnA($input: ReportProgressInput!) { reportProgress(input: $input) { id } }": types.TrustReportProgressOnADocument,
    "mutation TrustCreateUserId($input: CreateUserInput!) { createUser(input: $input) { id } }": types.TrustCreateUserIdDocument,
    "query TrustPartnershipIds { partnerships { id } }": types.TrustPartnershipIdsDocument,
    "mutation TrustCreateObjectiveOnA($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }": types.TrustCreateObjectiveOnADocument,
    "mutation TrustReadPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": types.TrustReadPlanDocument,
    "query TrustMe { me { id isAdmin } }": types.TrustMeDocument,
    "query TrustPartnerships { partnerships { id } }": types.TrustPartnershipsDocument,
    "query TrustPartnership($id: ID!) { partnership(id: $id) { id timezone } }": types.TrustPartnershipDocument,
    "query TrustAgencies { agencies { id } }": types.TrustAgenciesDocument,
    "query TrustAgencyByName($name: String!) { agencyByName(name: $name) { id } }": types.TrustAgencyByNameDocument,
    "query TrustStrategy($id: ID!) { strategy(id: $id) { id title partnership { id } } }": types.TrustStrategyDocument,
    "query TrustDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { id title strategy { id } } }": types.TrustDeliveryPlanDocument,
    "query TrustAction($id: ID!) { action(id: $id) { id ref leadAgency { id } supportingAgencies { id } status progress lastReportedOn } }": types.TrustActionDocument,
    "query TrustActions($plan: ID!) { actions(deliveryPlanId: $plan) { totalCount edges { node { id rag ragReasons } } pageInfo { hasNextPage } } }": types.TrustActionsDocument,
    "query TrustBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-06-15\") {\n          asOf deliveryPlan { id } partnership { id } overall { total overdue progress } overdueActions { ref daysOverdue } } }": types.TrustBoardReportDocument,
    "query TrustOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan, asOf: \"2025-06-15\") { ref daysOverdue leadAgency { id } action { id } } }": types.TrustOverdueActionsDocument,
    "query TrustAuditEvents($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { operation entityType entityId actor { id } } } } }": types.TrustAuditEventsDocument,
    "mutation TrustLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id isAdmin } } }": types.TrustLoginDocument,
    "mutation TrustCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug staleAfterDays dueSoonDays } }": types.TrustCreatePartnershipDocument,
    "mutation TrustCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind } }": types.TrustCreateAgencyDocument,
    "mutation TrustCreateAgencyIntoA($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }": types.TrustCreateAgencyIntoADocument,
    "mutation TrustUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind } }": types.TrustUpdateAgencyDocument,
    "mutation TrustMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id } }": types.TrustMergeAgenciesDocument,
    "mutation TrustAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id agencies { id } } }": types.TrustAddAgencyToPartnershipDocument,
    "mutation TrustCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email isAdmin agency { id } } }": types.TrustCreateUserDocument,
    "mutation TrustSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }": types.TrustSetMembershipDocument,
    "mutation TrustCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title status partnership { id } } }": types.TrustCreateStrategyDocument,
    "mutation TrustCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id code pillar strategy { id } } }": types.TrustCreateObjectiveDocument,
    "mutation TrustCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id startDate endDate strategy { id } } }": types.TrustCreateDeliveryPlanDocument,
    "mutation TrustCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref version leadAgency { id } supportingAgencies { id } status } }": types.TrustCreateActionDocument,
    "mutation TrustUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { id title version } }": types.TrustUpdateActionDocument,
    "mutation TrustAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn action { id } } }": types.TrustAddMilestoneDocument,
    "mutation TrustCompleteMilestone($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id completedOn overdue } }": types.TrustCompleteMilestoneDocument,
    "mutation TrustReportProgress($input: ReportProgressInput!) {\n            reportProgress(input: $input) { id reportedOn percentComplete status author { id } action { id status progress } }\n          }": types.TrustReportProgressDocument,
    "mutation TrustCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id opensOn graceEndsOn state } }": types.TrustCreateReportingRoundDocument,
    "mutation TrustConfirmNoChange($id: ID!) { confirmNoChange(actionId: $id) { id noChange status percentComplete action { id } } }": types.TrustConfirmNoChangeDocument,
    "mutation TrustAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }": types.TrustAcknowledgeReturnDocument,
    "mutation TrustSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { deliveryPlanId version summary } }": types.TrustSaveBoardPackCommentaryDocument,
    "mutation TrustPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { id deliveryPlanId version asOf } }": types.TrustPublishBoardPackDocument,
    "mutation TrustRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }": types.TrustRemoveMembershipDocument,
    "mutation TrustDeactivateUser($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }": types.TrustDeactivateUserDocument,
    "mutation TrustChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }": types.TrustChangePasswordDocument,
    "mutation TrustCompleteMilestoneOnA($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id } }": types.TrustCompleteMilestoneOnADocument,
    "mutation TrustUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id name staleAfterDays } }": types.TrustUpdatePartnershipDocument,
    "mutation TrustUpdateStrategy($id: ID!, $input: UpdateStrategyInput!) { updateStrategy(id: $id, input: $input) { id title status } }": types.TrustUpdateStrategyDocument,
    "mutation TrustUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { id title } }": types.TrustUpdateObjectiveDocument,
    "mutation TrustRemoveObjective($id: ID!) { removeObjective(id: $id) }": types.TrustRemoveObjectiveDocument,
    "mutation TrustUpdateDeliveryPlan($id: ID!, $input: UpdateDeliveryPlanInput!) { updateDeliveryPlan(id: $id, input: $input) { id title } }": types.TrustUpdateDeliveryPlanDocument,
    "mutation TrustRemoveAction($id: ID!, $reason: String!) { removeAction(id: $id, reason: $reason) }": types.TrustRemoveActionDocument,
    "mutation TrustUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id dueDate version } }": types.TrustUpdateMilestoneDocument,
    "mutation TrustReopenMilestone($id: ID!) { reopenMilestone(id: $id) { id completedOn } }": types.TrustReopenMilestoneDocument,
    "mutation TrustRemoveMilestone($id: ID!) { removeMilestone(id: $id) }": types.TrustRemoveMilestoneDocument,
    "mutation TrustCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date } }": types.TrustCreateBoardMeetingDocument,
    "mutation TrustUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { id date version } }": types.TrustUpdateBoardMeetingDocument,
    "mutation TrustRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }": types.TrustRemoveBoardMeetingDocument,
    "mutation TrustMeetingOnA($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }": types.TrustMeetingOnADocument,
    "query TrustBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { id date } }": types.TrustBoardMeetingsDocument,
    "mutation TrustLoginAnySession($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }": types.TrustLoginAnySessionDocument,
    "mutation TrustCreateAdmin($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }": types.TrustCreateAdminDocument,
    "query TrustPartnershipId($id: ID!) { partnership(id: $id) { id } }": types.TrustPartnershipIdDocument,
    "query TrustOtherPartnership($id: ID!) { partnership(id: $id) { id name } }": types.TrustOtherPartnershipDocument,
    "query TrustPartnershipTree($id: ID!) { partnership(id: $id) { id agencies { id } strategies { id deliveryPlans { id actions { id ref leadAgency { id } } } } } }": types.TrustPartnershipTreeDocument,
    "query TrustAgencyIds { agencies { id } }": types.TrustAgencyIdsDocument,
    "mutation TrustSetMembershipOf($input: SetMembershipInput!) { setMembership(input: $input) { role } }": types.TrustSetMembershipOfDocument,
    "query TrustLeadOfficerMemberships($id: ID!) { action(id: $id) { leadOfficer { id memberships { role partnership { id } } } } }": types.TrustLeadOfficerMembershipsDocument,
    "query TrustOwnMemberships { me { memberships { partnership { id } } } }": types.TrustOwnMembershipsDocument,
    "query TrustAuditActorMemberships($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { entityId actor { id memberships { partnership { id } } } } } } }": types.TrustAuditActorMembershipsDocument,
    "query WebSessionMe { me { name agency { name } } }": types.WebSessionMeDocument,
    "query WebSessionMeName { me { name } }": types.WebSessionMeNameDocument,
    "query WebSessionPartnerships { partnerships { id } }": types.WebSessionPartnershipsDocument,
    "query WebSessionPlans { partnerships { strategies { deliveryPlans { id } } } }": types.WebSessionPlansDocument,
    "query WebSessionWide { partnerships { strategies { deliveryPlans { actions { id ref } } } } }": types.WebSessionWideDocument,
    "mutation WebSessionCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }": types.WebSessionCreateUserDocument,
    "mutation WebSessionSetMembership($i: SetMembershipInput!) { setMembership(input: $i) { role } }": types.WebSessionSetMembershipDocument,
    "query WebSessionMyActions($f: MyActionsFilter) { myActions(filter: $f) { leads action { id ref status overdue ragReasons dueDate canReportProgress\n      leadAgency { name } supportingAgencies { name } deliveryPlan { partnership { today dueSoonDays } } } } }": types.WebSessionMyActionsDocument,
    "query WebSessionCanReport { partnerships { strategies { deliveryPlans { actions { ref canReportProgress leadAgency { name } supportingAgencies { name } } } } } }": types.WebSessionCanReportDocument,
    "query WebSessionCached($p: ID!) { boardReport(deliveryPlanId: $p, asOf: \"2026-09-30\") { overall { total progress } } }": types.WebSessionCachedDocument,
    "query WebSessionPerCaller($p: ID!) { deliveryPlan(id: $p) { actions { ref canReportProgress } } }": types.WebSessionPerCallerDocument,
    "mutation FixtureCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }": types.FixtureCreateAgencyDocument,
    "mutation FixtureCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.FixtureCreateUserDocument,
    "mutation FixtureSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }": types.FixtureSetMembershipDocument,
    "mutation FixtureCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }": types.FixtureCreatePartnershipDocument,
    "mutation FixtureCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }": types.FixtureCreateStrategyDocument,
    "mutation FixtureCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }": types.FixtureCreateObjectiveDocument,
    "mutation FixtureCreateAction($input: CreateActionInput!) {\n  createAction(input: $input) { id ref version }\n}": types.FixtureCreateActionDocument,
    "mutation FixtureCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }": types.FixtureCreateDeliveryPlanDocument,
    "mutation TestServerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }": types.TestServerLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"): (typeof documents)["mutation AccountsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }"): (typeof documents)["mutation AccountsRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id email deactivatedAt } }"): (typeof documents)["mutation AccountsDeactivateUser($id: ID!) { deactivateUser(id: $id) { id email deactivatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }"): (typeof documents)["mutation AccountsChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email name isAdmin deactivatedAt agency { id } } }"): (typeof documents)["mutation AccountsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email name isAdmin deactivatedAt agency { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }"): (typeof documents)["mutation AccountsSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsPartnership($id: ID!) { partnership(id: $id) { id } }"): (typeof documents)["query AccountsPartnership($id: ID!) { partnership(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsMe { me { id } }"): (typeof documents)["query AccountsMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email isAdmin } } }"): (typeof documents)["mutation AuthLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email isAdmin } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { id email name isAdmin } }"): (typeof documents)["query AuthMe { me { id email name isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"): (typeof documents)["mutation AuthCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPartnership($id: ID!) { partnership(id: $id) { id } }"): (typeof documents)["query AuthPartnership($id: ID!) { partnership(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPartnerships { partnerships { id } }"): (typeof documents)["query AuthPartnerships { partnerships { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }"): (typeof documents)["mutation AuthCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation AuthCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputMe { me { id } }"): (typeof documents)["query BadInputMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }"): (typeof documents)["mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateAgency($i: CreateAgencyInput!) { createAgency(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateAgency($i: CreateAgencyInput!) { createAgency(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateStrategy($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateStrategy($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateDeliveryPlan($i: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateDeliveryPlan($i: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputReportProgress($i: ReportProgressInput!) { reportProgress(input: $i) { id } }"): (typeof documents)["mutation BadInputReportProgress($i: ReportProgressInput!) { reportProgress(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams?\") { id } }"): (typeof documents)["mutation BadInputQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams?\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateAction($i: CreateActionInput!) { createAction(input: $i) { id ref } }"): (typeof documents)["mutation BadInputCreateAction($i: CreateActionInput!) { createAction(input: $i) { id ref } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputAddMilestone($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }"): (typeof documents)["mutation BadInputAddMilestone($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2024-01-15\") { id } }"): (typeof documents)["mutation BadInputCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2024-01-15\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateBoardMeeting($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateBoardMeeting($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkedRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"): (typeof documents)["fragment WorkedRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkedRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } }"): (typeof documents)["fragment WorkedRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    overall { ...WorkedRollUp }\n    byPillar { pillar rollUp { ...WorkedRollUp } }\n    byObjective { objective { code } rollUp { ...WorkedRollUp } }\n    byAgency { agency { name } rollUp { ...WorkedRollUp } }\n    overdueActions { ...WorkedRow }\n    overdueMilestones { milestone { title dueDate completedOn } action { ref } dueDate daysOverdue }\n    dueSoon { ...WorkedRow }\n    staleActions { ...WorkedRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter action { ref } }\n    updatesSince { reportedOn narrative percentComplete status rag author { name } agency { name } action { ref } }\n  }\n}"): (typeof documents)["query WorkedBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    overall { ...WorkedRollUp }\n    byPillar { pillar rollUp { ...WorkedRollUp } }\n    byObjective { objective { code } rollUp { ...WorkedRollUp } }\n    byAgency { agency { name } rollUp { ...WorkedRollUp } }\n    overdueActions { ...WorkedRow }\n    overdueMilestones { milestone { title dueDate completedOn } action { ref } dueDate daysOverdue }\n    dueSoon { ...WorkedRow }\n    staleActions { ...WorkedRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter action { ref } }\n    updatesSince { reportedOn narrative percentComplete status rag author { name } agency { name } action { ref } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedBoardReport2($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overdueActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    dueSoon { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    staleActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    overdueMilestones { milestone { title overdue } action { ref } }\n  }\n}"): (typeof documents)["query WorkedBoardReport2($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overdueActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    dueSoon { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    staleActions { ref status progress rag ragReasons daysOverdue action { ref status progress rag ragReasons overdue daysOverdue } }\n    overdueMilestones { milestone { title overdue } action { ref } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkedActionFields on Action { ref status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { title dueDate completedOn overdue } }"): (typeof documents)["fragment WorkedActionFields on Action { ref status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { title dueDate completedOn overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedActions($plan: ID!, $filter: ActionFilter) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: 50) { totalCount edges { node { ...WorkedActionFields } } }\n}"): (typeof documents)["query WorkedActions($plan: ID!, $filter: ActionFilter) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: 50) { totalCount edges { node { ...WorkedActionFields } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedOverdueActions($plan: ID!, $asOf: Date, $agencyId: ID) {\n  overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agencyId) { ref status progress rag ragReasons daysOverdue dueDate }\n}"): (typeof documents)["query WorkedOverdueActions($plan: ID!, $asOf: Date, $agencyId: ID) {\n  overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agencyId) { ref status progress rag ragReasons daysOverdue dueDate }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkedReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation WorkedReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkedAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"): (typeof documents)["mutation WorkedAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkedCompleteMilestone($id: ID!, $completedOn: Date) { completeMilestone(id: $id, completedOn: $completedOn) { id } }"): (typeof documents)["mutation WorkedCompleteMilestone($id: ID!, $completedOn: Date) { completeMilestone(id: $id, completedOn: $completedOn) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedPartnership($id: ID!) { partnership(id: $id) { staleAfterDays dueSoonDays timezone agencies { id name } } }"): (typeof documents)["query WorkedPartnership($id: ID!) { partnership(id: $id) { staleAfterDays dueSoonDays timezone agencies { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedAction($id: ID!) { action(id: $id) { ...WorkedActionFields } }"): (typeof documents)["query WorkedAction($id: ID!) { action(id: $id) { ...WorkedActionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf deliveryPlan { title } partnership { name }\n        overall { ...WorkedRollUp }\n        byPillar { pillar rollUp { ...WorkedRollUp } }\n        byObjective { objective { code title } rollUp { ...WorkedRollUp } }\n        byAgency { agency { name kind } rollUp { ...WorkedRollUp } }\n        overdueActions { ...WorkedRow action { id status rag overdue } }\n        overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n        dueSoon { ...WorkedRow action { id status rag overdue } }\n        staleActions { ...WorkedRow action { id status rag overdue } }\n        changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n        updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n      }\n    }"): (typeof documents)["query WorkedBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf deliveryPlan { title } partnership { name }\n        overall { ...WorkedRollUp }\n        byPillar { pillar rollUp { ...WorkedRollUp } }\n        byObjective { objective { code title } rollUp { ...WorkedRollUp } }\n        byAgency { agency { name kind } rollUp { ...WorkedRollUp } }\n        overdueActions { ...WorkedRow action { id status rag overdue } }\n        overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n        dueSoon { ...WorkedRow action { id status rag overdue } }\n        staleActions { ...WorkedRow action { id status rag overdue } }\n        changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n        updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkedBoardReport4($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf staleAfterDays dueSoonDays\n        overall { ...WorkedRollUp }\n        overdueActions { ref dueDate daysOverdue originalDueDate }\n        dueSoon { ref dueDate }\n        staleActions { ref }\n        byPillar { pillar rollUp { total } }\n        changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n      }\n    }"): (typeof documents)["query WorkedBoardReport4($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n        asOf staleAfterDays dueSoonDays\n        overall { ...WorkedRollUp }\n        overdueActions { ref dueDate daysOverdue originalDueDate }\n        dueSoon { ref dueDate }\n        staleActions { ref }\n        byPillar { pillar rollUp { total } }\n        changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkedUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }"): (typeof documents)["mutation WorkedUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkedRemoveAction($id: ID!, $r: String!, $from: Date) { removeAction(id: $id, reason: $r, effectiveFrom: $from) }"): (typeof documents)["mutation WorkedRemoveAction($id: ID!, $r: String!, $from: Date) { removeAction(id: $id, reason: $r, effectiveFrom: $from) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkedUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }"): (typeof documents)["mutation WorkedUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"): (typeof documents)["fragment ReportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } action { id status rag overdue } }"): (typeof documents)["fragment ReportRow on ActionRow { ref title pillar dueDate status progress rag ragReasons daysOverdue objective { code } leadAgency { name } action { id status rag overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    deliveryPlan { title } partnership { name timezone }\n    overall { ...ReportRollUp }\n    byPillar { pillar rollUp { ...ReportRollUp } }\n    byObjective { objective { code title } rollUp { ...ReportRollUp } }\n    byAgency { agency { name kind } rollUp { ...ReportRollUp } }\n    overdueActions { ...ReportRow }\n    overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n    dueSoon { ...ReportRow }\n    staleActions { ...ReportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n    updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n  }\n}"): (typeof documents)["query ReportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since\n    deliveryPlan { title } partnership { name timezone }\n    overall { ...ReportRollUp }\n    byPillar { pillar rollUp { ...ReportRollUp } }\n    byObjective { objective { code title } rollUp { ...ReportRollUp } }\n    byAgency { agency { name kind } rollUp { ...ReportRollUp } }\n    overdueActions { ...ReportRow }\n    overdueMilestones { milestone { title overdue } action { ref } dueDate daysOverdue }\n    dueSoon { ...ReportRow }\n    staleActions { ...ReportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter action { id } }\n    updatesSince { reportedOn narrative author { name } agency { name } action { ref } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportActions($plan: ID!, $filter: ActionFilter, $first: Int, $after: String) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ref title status rag overdue } }\n  }\n}"): (typeof documents)["query ReportActions($plan: ID!, $filter: ActionFilter, $first: Int, $after: String) {\n  actions(deliveryPlanId: $plan, filter: $filter, first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ref title status rag overdue } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation ReportReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"): (typeof documents)["mutation ReportAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan) { ref } }"): (typeof documents)["query ReportOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan) { ref } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CliRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"): (typeof documents)["fragment CliRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CliBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { asOf overall { ...CliRollUp } byPillar { pillar rollUp { ...CliRollUp } } } }"): (typeof documents)["query CliBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { asOf overall { ...CliRollUp } byPillar { pillar rollUp { ...CliRollUp } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmI { me { email isAdmin } }"): (typeof documents)["query WhoAmI { me { email isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConcurrencyReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete } }"): (typeof documents)["mutation ConcurrencyReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id percentComplete } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConcurrencyUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version title } }"): (typeof documents)["mutation ConcurrencyUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrencyAction($id: ID!) { action(id: $id) { progress status lastReportedOn } }"): (typeof documents)["query ConcurrencyAction($id: ID!) { action(id: $id) { progress status lastReportedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation CrashSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashSafetyCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }"): (typeof documents)["mutation CrashSafetyCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashSafetyAgencies { agencies { id } }"): (typeof documents)["query CrashSafetyAgencies { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DemoRagRollUp on RollUp { total cancelled byRag { red amber green blue } }"): (typeof documents)["fragment DemoRagRollUp on RollUp { total cancelled byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRagReport($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overall { ...DemoRagRollUp }\n    byPillar { pillar rollUp { ...DemoRagRollUp } }\n    overdueActions { ref }\n    dueSoon { ref }\n    deliveryPlan { actions { ref pillar rag ragReasons } }\n  }\n}"): (typeof documents)["query DemoRagReport($plan: ID!) {\n  boardReport(deliveryPlanId: $plan) {\n    asOf\n    overall { ...DemoRagRollUp }\n    byPillar { pillar rollUp { ...DemoRagRollUp } }\n    overdueActions { ref }\n    dueSoon { ref }\n    deliveryPlan { actions { ref pillar rag ragReasons } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRagPartnerships { partnerships { name strategies { deliveryPlans { id } } } }"): (typeof documents)["query DemoRagPartnerships { partnerships { name strategies { deliveryPlans { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRagChangesAndStale($plan: ID!) {\n        changes: boardReport(deliveryPlanId: $plan, since: \"2026-08-25\") { changes { ref kinds } }\n        past: boardReport(deliveryPlanId: $plan, asOf: \"2026-09-23\") { staleActions { ref } }\n      }"): (typeof documents)["query DemoRagChangesAndStale($plan: ID!) {\n        changes: boardReport(deliveryPlanId: $plan, since: \"2026-08-25\") { changes { ref kinds } }\n        past: boardReport(deliveryPlanId: $plan, asOf: \"2026-09-23\") { staleActions { ref } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"): (typeof documents)["fragment ExportRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExportRow on ActionRow { ref title status progress rag ragReasons daysOverdue dueDate leadAgency { name } objective { code } }"): (typeof documents)["fragment ExportRow on ActionRow { ref title status progress rag ragReasons daysOverdue dueDate leadAgency { name } objective { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since partnership { name } deliveryPlan { title }\n    overall { ...ExportRollUp }\n    byPillar { pillar rollUp { ...ExportRollUp } }\n    byObjective { objective { code title pillar } rollUp { ...ExportRollUp } }\n    byAgency { agency { name } rollUp { ...ExportRollUp } }\n    overdueActions { ...ExportRow }\n    overdueMilestones { milestone { title } action { ref } dueDate daysOverdue }\n    dueSoon { ...ExportRow }\n    staleActions { ...ExportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter }\n    updatesSince { id narrative }\n  }\n}"): (typeof documents)["query ExportBoardReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since partnership { name } deliveryPlan { title }\n    overall { ...ExportRollUp }\n    byPillar { pillar rollUp { ...ExportRollUp } }\n    byObjective { objective { code title pillar } rollUp { ...ExportRollUp } }\n    byAgency { agency { name } rollUp { ...ExportRollUp } }\n    overdueActions { ...ExportRow }\n    overdueMilestones { milestone { title } action { ref } dueDate daysOverdue }\n    dueSoon { ...ExportRow }\n    staleActions { ...ExportRow }\n    changes { ref statusBefore statusAfter ragBefore ragAfter }\n    updatesSince { id narrative }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeExportPartnerships { partnerships { strategies { deliveryPlans { id } } } }"): (typeof documents)["query ExchangeExportPartnerships { partnerships { strategies { deliveryPlans { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeExportCreatePartnership { createPartnership(input: { name: \"Elsewhere\", slug: \"elsewhere\" }) { id } }"): (typeof documents)["mutation ExchangeExportCreatePartnership { createPartnership(input: { name: \"Elsewhere\", slug: \"elsewhere\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeExportBoardPackUrl($plan: ID!, $format: BoardPackFormat!, $asOf: Date, $since: Date) { boardPackUrl(deliveryPlanId: $plan, format: $format, asOf: $asOf, since: $since) }"): (typeof documents)["query ExchangeExportBoardPackUrl($plan: ID!, $format: BoardPackFormat!, $asOf: Date, $since: Date) { boardPackUrl(deliveryPlanId: $plan, format: $format, asOf: $asOf, since: $since) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeExportMe { me { id } }"): (typeof documents)["query ExchangeExportMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeExportPartnerships2 { partnerships { id } }"): (typeof documents)["query ExchangeExportPartnerships2 { partnerships { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeExportSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }"): (typeof documents)["mutation ExchangeExportSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeExportDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }"): (typeof documents)["mutation ExchangeExportDeactivateUser($id: ID!) { deactivateUser(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      ref title startDate dueDate\n      leadAgency { name }\n      supportingAgencies { name }\n      updates { reportedOn status percentComplete rag author { id } agency { name } }\n    }\n  }\n}"): (typeof documents)["query ExchangeImportCouncilsDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      ref title startDate dueDate\n      leadAgency { name }\n      supportingAgencies { name }\n      updates { reportedOn status percentComplete rag author { id } agency { name } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsPartnership($id: ID!) { partnership(id: $id) { agencies { name kind shared } } }"): (typeof documents)["query ExchangeImportCouncilsPartnership($id: ID!) { partnership(id: $id) { agencies { name kind shared } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsBoardReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) { overall { total } byPillar { pillar rollUp { total } } } }"): (typeof documents)["query ExchangeImportCouncilsBoardReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) { overall { total } byPillar { pillar rollUp { total } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsActions($plan: ID!) { actions(deliveryPlanId: $plan, first: 50) { edges { node { ref } } } }"): (typeof documents)["query ExchangeImportCouncilsActions($plan: ID!) { actions(deliveryPlanId: $plan, first: 50) { edges { node { ref } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsAgencies { agencies { name } }"): (typeof documents)["query ExchangeImportCouncilsAgencies { agencies { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeImportCouncilsUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind shared } }"): (typeof documents)["mutation ExchangeImportCouncilsUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind shared } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeImportCouncilsMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id name } }"): (typeof documents)["mutation ExchangeImportCouncilsMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsAgencies2 { agencies { id } }"): (typeof documents)["query ExchangeImportCouncilsAgencies2 { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }"): (typeof documents)["query ExchangeImportCouncilsAgencyByName($n: String!) { agencyByName(name: $n) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeImportCouncilsAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id } }"): (typeof documents)["mutation ExchangeImportCouncilsAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportCouncilsAgencies3 { agencies { id name } }"): (typeof documents)["query ExchangeImportCouncilsAgencies3 { agencies { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeImportCouncilsCreateAction($input: CreateActionInput!) { createAction(input: $input) { id } }"): (typeof documents)["mutation ExchangeImportCouncilsCreateAction($input: CreateActionInput!) { createAction(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeImportCouncilsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation ExchangeImportCouncilsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      id ref title description successMeasure startDate dueDate version status progress lastReportedOn\n      objective { code pillar title }\n      leadAgency { name }\n      supportingAgencies { name }\n      milestones { title dueDate completedOn }\n      updates { reportedOn status percentComplete rag narrative author { id } }\n    }\n  }\n}"): (typeof documents)["query ExchangeImportDeliveryPlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    actions {\n      id ref title description successMeasure startDate dueDate version status progress lastReportedOn\n      objective { code pillar title }\n      leadAgency { name }\n      supportingAgencies { name }\n      milestones { title dueDate completedOn }\n      updates { reportedOn status percentComplete rag narrative author { id } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeImportPartnership($id: ID!) { partnership(id: $id) { agencies { name } } }"): (typeof documents)["query ExchangeImportPartnership($id: ID!) { partnership(id: $id) { agencies { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileLoadEdgeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation HostileLoadEdgeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileLoadExchangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation HostileLoadExchangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileLoadExchangeCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"): (typeof documents)["mutation HostileLoadExchangeCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileLoadLoginsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"): (typeof documents)["mutation HostileLoadLoginsLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileLoadLoginsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation HostileLoadLoginsCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileLoadLoginsMe { me { id } }"): (typeof documents)["query HostileLoadLoginsMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"): (typeof documents)["mutation HostileCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileMe { me { id } }"): (typeof documents)["query HostileMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportWriteRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }"): (typeof documents)["mutation ImportWriteRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HistoryRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"): (typeof documents)["fragment HistoryRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HistoryRow on ActionRow { ref title objective { id code title pillar } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue }"): (typeof documents)["fragment HistoryRow on ActionRow { ref title objective { id code title pillar } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryFullReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...HistoryRollUp }\n    byPillar { pillar rollUp { ...HistoryRollUp } }\n    byObjective { objective { id code title pillar } rollUp { ...HistoryRollUp } }\n    byAgency { agency { id } rollUp { ...HistoryRollUp } }\n    overdueActions { ...HistoryRow }\n    overdueMilestones { milestone { id title } dueDate daysOverdue }\n    dueSoon { ...HistoryRow }\n    staleActions { ...HistoryRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n    updatesSince { id }\n  }\n}"): (typeof documents)["query HistoryFullReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...HistoryRollUp }\n    byPillar { pillar rollUp { ...HistoryRollUp } }\n    byObjective { objective { id code title pillar } rollUp { ...HistoryRollUp } }\n    byAgency { agency { id } rollUp { ...HistoryRollUp } }\n    overdueActions { ...HistoryRow }\n    overdueMilestones { milestone { id title } dueDate daysOverdue }\n    dueSoon { ...HistoryRow }\n    staleActions { ...HistoryRow }\n    changes { ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter progressBefore progressAfter dueDateBefore dueDateAfter }\n    updatesSince { id }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation HistoryReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }"): (typeof documents)["mutation HistoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"): (typeof documents)["mutation HistoryCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }"): (typeof documents)["mutation HistoryUpdateAction($id: ID!, $v: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $v, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryAction($id: ID!) { action(id: $id) { dueDate originalDueDate dueDateRevisions { from to effectiveFrom changedAt changedBy { id } } } }"): (typeof documents)["query HistoryAction($id: ID!) { action(id: $id) { dueDate originalDueDate dueDateRevisions { from to effectiveFrom changedAt changedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-09-29\") { overdueActions { ref dueDate originalDueDate dueDateRevisions { to } } } }"): (typeof documents)["query HistoryBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-09-29\") { overdueActions { ref dueDate originalDueDate dueDateRevisions { to } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryBoardReport2($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-08-15\") { overdueActions { ref originalDueDate dueDateRevisions { from to effectiveFrom } } } }"): (typeof documents)["query HistoryBoardReport2($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-08-15\") { overdueActions { ref originalDueDate dueDateRevisions { from to effectiveFrom } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }"): (typeof documents)["mutation HistoryRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { actions { ref } } }"): (typeof documents)["query HistoryDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { actions { ref } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryAction2($id: ID!) { action(id: $id) { removedOn removalReason } }"): (typeof documents)["query HistoryAction2($id: ID!) { action(id: $id) { removedOn removalReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryRemoveAction2($id: ID!) { removeAction(id: $id, reason: \"Again\") }"): (typeof documents)["mutation HistoryRemoveAction2($id: ID!) { removeAction(id: $id, reason: \"Again\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2025-08-01\") { id } }"): (typeof documents)["mutation HistoryCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: \"2025-08-01\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id } }"): (typeof documents)["mutation HistoryUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryReopenMilestone($id: ID!) { reopenMilestone(id: $id) { completedOn } }"): (typeof documents)["mutation HistoryReopenMilestone($id: ID!) { reopenMilestone(id: $id) { completedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryRemoveMilestone($id: ID!) { removeMilestone(id: $id) }"): (typeof documents)["mutation HistoryRemoveMilestone($id: ID!) { removeMilestone(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryPartnership($id: ID!) { partnership(id: $id) { version } }"): (typeof documents)["query HistoryPartnership($id: ID!) { partnership(id: $id) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { staleAfterDays version } }"): (typeof documents)["mutation HistoryUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { staleAfterDays version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryUpdatePartnership2($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }"): (typeof documents)["mutation HistoryUpdatePartnership2($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id version } }"): (typeof documents)["mutation HistoryCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { pillar } }"): (typeof documents)["mutation HistoryUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { pillar } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryRemoveObjective($id: ID!) { removeObjective(id: $id) }"): (typeof documents)["mutation HistoryRemoveObjective($id: ID!) { removeObjective(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ref } }"): (typeof documents)["query HistoryOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ref } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date version } }"): (typeof documents)["mutation HistoryCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { title date } }"): (typeof documents)["query HistoryBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { title date } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HistoryBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) { since sinceBoardMeeting { id title date } changes { ref kinds } updatesSince { id } }\n    }"): (typeof documents)["query HistoryBoardReport3($plan: ID!, $asOf: Date, $since: Date) {\n      boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) { since sinceBoardMeeting { id title date } changes { ref kinds } updatesSince { id } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryCreateBoardMeeting2($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }"): (typeof documents)["mutation HistoryCreateBoardMeeting2($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { date version } }"): (typeof documents)["mutation HistoryUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { date version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id, version: 1) }"): (typeof documents)["mutation HistoryRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id, version: 1) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HistoryRemoveBoardMeeting2($id: ID!) { removeBoardMeeting(id: $id, version: 2) }"): (typeof documents)["mutation HistoryRemoveBoardMeeting2($id: ID!) { removeBoardMeeting(id: $id, version: 2) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title startDate endDate status } }"): (typeof documents)["mutation PlanningCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title startDate endDate status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id pillar code title description } }"): (typeof documents)["mutation PlanningCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id pillar code title description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id title startDate endDate } }"): (typeof documents)["mutation PlanningCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id title startDate endDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref title version } }"): (typeof documents)["mutation PlanningCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref title version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) {\n  updateAction(id: $id, version: $version, input: $input) { id version }\n}"): (typeof documents)["mutation PlanningUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) {\n  updateAction(id: $id, version: $version, input: $input) { id version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanningAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn } }"): (typeof documents)["mutation PlanningAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningReadAction($id: ID!) {\n  action(id: $id) {\n    id ref title description successMeasure startDate dueDate version pillar\n    deliveryPlan { id }\n    objective { id code pillar }\n    leadAgency { id name kind }\n    supportingAgencies { id name kind }\n    leadOfficer { id name }\n    milestones { id title dueDate completedOn action { id } }\n  }\n}"): (typeof documents)["query PlanningReadAction($id: ID!) {\n  action(id: $id) {\n    id ref title description successMeasure startDate dueDate version pillar\n    deliveryPlan { id }\n    objective { id code pillar }\n    leadAgency { id name kind }\n    supportingAgencies { id name kind }\n    leadOfficer { id name }\n    milestones { id title dueDate completedOn action { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningPartnership($id: ID!) { partnership(id: $id) { agencies { id name kind } } }"): (typeof documents)["query PlanningPartnership($id: ID!) { partnership(id: $id) { agencies { id name kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningDeliveryPlan($id: ID!) { deliveryPlan(id: $id) {\n          id title startDate endDate\n          strategy { id title startDate endDate status partnership { id } objectives { id pillar code title description strategy { id } } }\n          actions { ref title objective { id } }\n        } }"): (typeof documents)["query PlanningDeliveryPlan($id: ID!) { deliveryPlan(id: $id) {\n          id title startDate endDate\n          strategy { id title startDate endDate status partnership { id } objectives { id pillar code title description strategy { id } } }\n          actions { ref title objective { id } }\n        } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningStrategy($id: ID!) { strategy(id: $id) { id title status deliveryPlans { id } objectives { id } } }"): (typeof documents)["query PlanningStrategy($id: ID!) { strategy(id: $id) { id title status deliveryPlans { id } objectives { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressReportProgress($input: ReportProgressInput!) {\n  reportProgress(input: $input) {\n    id reportedOn narrative percentComplete status rag createdAt\n    author { id } agency { id } action { id status progress lastReportedOn }\n  }\n}"): (typeof documents)["mutation ProgressReportProgress($input: ReportProgressInput!) {\n  reportProgress(input: $input) {\n    id reportedOn narrative percentComplete status rag createdAt\n    author { id } agency { id } action { id status progress lastReportedOn }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressCompleteMilestone($id: ID!, $completedOn: Date) {\n  completeMilestone(id: $id, completedOn: $completedOn) { id completedOn overdue action { id } }\n}"): (typeof documents)["mutation ProgressCompleteMilestone($id: ID!, $completedOn: Date) {\n  completeMilestone(id: $id, completedOn: $completedOn) { id completedOn overdue action { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressAction($id: ID!) {\n  action(id: $id) {\n    status progress lastReportedOn rag ragReasons overdue daysOverdue version\n    updates { id reportedOn percentComplete status }\n    milestones { id overdue completedOn }\n  }\n}"): (typeof documents)["query ProgressAction($id: ID!) {\n  action(id: $id) {\n    status progress lastReportedOn rag ragReasons overdue daysOverdue version\n    updates { id reportedOn percentComplete status }\n    milestones { id overdue completedOn }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgressAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"): (typeof documents)["mutation ProgressAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressMe { me { id } }"): (typeof documents)["query ProgressMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PacksPackFields on PublishedBoardPack { id version asOf since boardMeetingId meetingTitle meetingDate reason staleAfterDays dueSoonDays ruleVersion publishedAt\n  publishedBy { name } dataSha256 pdf { sha256 bytes path } xlsx { sha256 bytes path } csv { sha256 bytes path } }"): (typeof documents)["fragment PacksPackFields on PublishedBoardPack { id version asOf since boardMeetingId meetingTitle meetingDate reason staleAfterDays dueSoonDays ruleVersion publishedAt\n  publishedBy { name } dataSha256 pdf { sha256 bytes path } xlsx { sha256 bytes path } csv { sha256 bytes path } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksPublish($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { ...PacksPackFields } }"): (typeof documents)["mutation PacksPublish($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { ...PacksPackFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation PacksReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksPublishedBoardPack($id: ID!) { publishedBoardPack(id: $id) { differences { kind path ref before after } } }"): (typeof documents)["query PacksPublishedBoardPack($id: ID!) { publishedBoardPack(id: $id) { differences { kind path ref before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { version summary prevent updatedAt } }"): (typeof documents)["mutation PacksSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { version summary prevent updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }"): (typeof documents)["mutation PacksCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version } }"): (typeof documents)["mutation PacksUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksPublishedBoardPackUrl($id: ID!) { publishedBoardPackUrl(id: $id, format: XLSX) }"): (typeof documents)["query PacksPublishedBoardPackUrl($id: ID!) { publishedBoardPackUrl(id: $id, format: XLSX) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksPublishedBoardPackUrl2($id: ID!) { publishedBoardPackUrl(id: $id, format: PDF) }"): (typeof documents)["query PacksPublishedBoardPackUrl2($id: ID!) { publishedBoardPackUrl(id: $id, format: PDF) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksPublishedBoardPacks($plan: ID!) { publishedBoardPacks(deliveryPlanId: $plan) { id version } }"): (typeof documents)["query PacksPublishedBoardPacks($plan: ID!) { publishedBoardPacks(deliveryPlanId: $plan) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksCompareBoardPacks($from: ID!, $to: ID!) { compareBoardPacks(fromId: $from, toId: $to) { from { version } to { version } differences { kind path ref before after } } }"): (typeof documents)["query PacksCompareBoardPacks($from: ID!, $to: ID!) { compareBoardPacks(fromId: $from, toId: $to) { from { version } to { version } differences { kind path ref before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksBoardPackCommentary($plan: ID!) { boardPackCommentary(deliveryPlanId: $plan) { version summary prevent pursue } }"): (typeof documents)["query PacksBoardPackCommentary($plan: ID!) { boardPackCommentary(deliveryPlanId: $plan) { version summary prevent pursue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { meetingTitle meetingDate boardMeetingId } }"): (typeof documents)["mutation PacksPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { meetingTitle meetingDate boardMeetingId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }"): (typeof documents)["mutation PacksRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksPublishedBoardPack2($id: ID!) { publishedBoardPack(id: $id) { id } }"): (typeof documents)["query PacksPublishedBoardPack2($id: ID!) { publishedBoardPack(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PacksHistoryReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n      since sinceBoardMeeting { title date }\n      changes { ref kinds ragBefore ragAfter ragReasonsBefore ragReasonsAfter dueDateBefore dueDateAfter }\n      dueSoon { ref } staleActions { ref dueDate originalDueDate }\n      roundCompliance { agency { name } due onTime late missed outstanding acknowledged }\n    } }"): (typeof documents)["query PacksHistoryReport($plan: ID!, $asOf: Date) { boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n      since sinceBoardMeeting { title date }\n      changes { ref kinds ragBefore ragAfter ragReasonsBefore ragReasonsAfter dueDateBefore dueDateAfter }\n      dueSoon { ref } staleActions { ref dueDate originalDueDate }\n      roundCompliance { agency { name } due onTime late missed outstanding acknowledged }\n    } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PacksCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }"): (typeof documents)["mutation PacksCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WholePlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    title startDate endDate\n    strategy { title partnership { name agencies { name } } objectives { code pillar title } }\n    actions {\n      id ref title dueDate pillar version\n      objective { code title }\n      leadAgency { name kind }\n      supportingAgencies { name }\n      leadOfficer { name agency { name } }\n      milestones { title dueDate completedOn action { ref } }\n    }\n  }\n}"): (typeof documents)["query WholePlan($id: ID!) {\n  deliveryPlan(id: $id) {\n    title startDate endDate\n    strategy { title partnership { name agencies { name } } objectives { code pillar title } }\n    actions {\n      id ref title dueDate pillar version\n      objective { code title }\n      leadAgency { name kind }\n      supportingAgencies { name }\n      leadOfficer { name agency { name } }\n      milestones { title dueDate completedOn action { ref } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueryCountAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"): (typeof documents)["mutation QueryCountAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBoardReport($plan: ID!, $asOf: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n    overall { total completed progress }\n    byAgency { agency { name } rollUp { total } }\n    overdueActions { ref status progress }\n  }\n}"): (typeof documents)["query CacheBoardReport($plan: ID!, $asOf: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf) {\n    overall { total completed progress }\n    byAgency { agency { name } rollUp { total } }\n    overdueActions { ref status progress }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachePlan($id: ID!) { deliveryPlan(id: $id) { title actions { ref title leadOfficer { name } } } }"): (typeof documents)["query CachePlan($id: ID!) { deliveryPlan(id: $id) { title actions { ref title leadOfficer { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CacheReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation CacheReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CachePlanMemberships($id: ID!) { deliveryPlan(id: $id) { actions { leadOfficer { memberships { role } } } } }"): (typeof documents)["query CachePlanMemberships($id: ID!) { deliveryPlan(id: $id) { actions { leadOfficer { memberships { role } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheProgressNow($plan: ID!) { boardReport(deliveryPlanId: $plan) { overall { progress } } }"): (typeof documents)["query CacheProgressNow($plan: ID!) { boardReport(deliveryPlanId: $plan) { overall { progress } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheCanReportProgress($id: ID!) { deliveryPlan(id: $id) { actions { ref canReportProgress } } }"): (typeof documents)["query CacheCanReportProgress($id: ID!) { deliveryPlan(id: $id) { actions { ref canReportProgress } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheReportWithError($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-05-31\", since: \"2025-06-01\") { asOf } }"): (typeof documents)["query CacheReportWithError($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-05-31\", since: \"2025-06-01\") { asOf } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsWorkerCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }"): (typeof documents)["mutation RoundsWorkerCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsWorkerSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }"): (typeof documents)["mutation RoundsWorkerSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsWorkerReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation RoundsWorkerReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsWorkerQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams were trained?\") { id } }"): (typeof documents)["mutation RoundsWorkerQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: \"Which teams were trained?\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsWorkerAnswerReturnQuery($id: ID!) { answerReturnQuery(queryId: $id, comment: \"Custody teams.\") { id } }"): (typeof documents)["mutation RoundsWorkerAnswerReturnQuery($id: ID!) { answerReturnQuery(queryId: $id, comment: \"Custody teams.\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoundsRoundFields on ReportingRound { id title opensOn deadline graceWorkingDays graceEndsOn closedOn state\n  compliance { agency { id } due onTime late missed outstanding acknowledged }\n  agencies {\n    agency { id }\n    due { status returnedOn acknowledged action { id } progressUpdate { id noChange } }\n    done { action { id } }\n    late { action { id } }\n    compliance { due onTime late missed outstanding acknowledged }\n  } }"): (typeof documents)["fragment RoundsRoundFields on ReportingRound { id title opensOn deadline graceWorkingDays graceEndsOn closedOn state\n  compliance { agency { id } due onTime late missed outstanding acknowledged }\n  agencies {\n    agency { id }\n    due { status returnedOn acknowledged action { id } progressUpdate { id noChange } }\n    done { action { id } }\n    late { action { id } }\n    compliance { due onTime late missed outstanding acknowledged }\n  } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsCreate($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { ...RoundsRoundFields } }"): (typeof documents)["mutation RoundsCreate($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { ...RoundsRoundFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsRound($id: ID!) { reportingRound(id: $id) { ...RoundsRoundFields } }"): (typeof documents)["query RoundsRound($id: ID!) { reportingRound(id: $id) { ...RoundsRoundFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id rag noChange recordedOn } }"): (typeof documents)["mutation RoundsReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id rag noChange recordedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsConfirmNoChange($actionId: ID!, $roundId: ID) {\n  confirmNoChange(actionId: $actionId, roundId: $roundId) { id noChange narrative status percentComplete rag recordedOn reportedOn }\n}"): (typeof documents)["mutation RoundsConfirmNoChange($actionId: ID!, $roundId: ID) {\n  confirmNoChange(actionId: $actionId, roundId: $roundId) { id noChange narrative status percentComplete rag recordedOn reportedOn }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsMyReturnsDue { myReturnsDue { status round { id title deadline } action { id } agency { id } } }"): (typeof documents)["query RoundsMyReturnsDue { myReturnsDue { status round { id title deadline } action { id } agency { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }"): (typeof documents)["mutation RoundsAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsQueryReturn($id: ID!, $comment: String!) { queryReturn(progressUpdateId: $id, comment: $comment) { id comment answersQueryId } }"): (typeof documents)["mutation RoundsQueryReturn($id: ID!, $comment: String!) { queryReturn(progressUpdateId: $id, comment: $comment) { id comment answersQueryId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsAnswerReturnQuery($id: ID!, $comment: String!) { answerReturnQuery(queryId: $id, comment: $comment) { id comment answersQueryId } }"): (typeof documents)["mutation RoundsAnswerReturnQuery($id: ID!, $comment: String!) { answerReturnQuery(queryId: $id, comment: $comment) { id comment answersQueryId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsCloseReportingRound($id: ID!) { closeReportingRound(id: $id) { id closedOn state } }"): (typeof documents)["mutation RoundsCloseReportingRound($id: ID!) { closeReportingRound(id: $id) { id closedOn state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsAction($id: ID!) { action(id: $id) { updates { id acknowledged queries { comment answersQueryId } } } }"): (typeof documents)["query RoundsAction($id: ID!) { action(id: $id) { updates { id acknowledged queries { comment answersQueryId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { roundCompliance { agency { id } due onTime missed } } }"): (typeof documents)["query RoundsBoardReport($id: ID!, $asOf: Date) { boardReport(deliveryPlanId: $id, asOf: $asOf) { roundCompliance { agency { id } due onTime missed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsGenerateReportingRounds($input: GenerateReportingRoundsInput!) { generateReportingRounds(input: $input) { opensOn deadline graceEndsOn } }"): (typeof documents)["mutation RoundsGenerateReportingRounds($input: GenerateReportingRoundsInput!) { generateReportingRounds(input: $input) { opensOn deadline graceEndsOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsReminderSettings($id: ID!) { reminderSettings(partnershipId: $id) { daysBefore onDeadline escalateAfterGrace } }"): (typeof documents)["query RoundsReminderSettings($id: ID!) { reminderSettings(partnershipId: $id) { daysBefore onDeadline escalateAfterGrace } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsSetReminderSettings($input: SetReminderSettingsInput!) { setReminderSettings(input: $input) { daysBefore onDeadline escalateAfterGrace } }"): (typeof documents)["mutation RoundsSetReminderSettings($input: SetReminderSettingsInput!) { setReminderSettings(input: $input) { daysBefore onDeadline escalateAfterGrace } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsMyDigestFrequency { myDigestFrequency }"): (typeof documents)["query RoundsMyDigestFrequency { myDigestFrequency }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }"): (typeof documents)["mutation RoundsSetDigestFrequency { setDigestFrequency(frequency: WEEKLY) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"): (typeof documents)["fragment AgreementRollUp on RollUp { total cancelled completed overdue dueSoon stale progress byStatus { notStarted inProgress onHold completed } byRag { red amber green blue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementRow on ActionRow { ref title objective { id } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue action { id } }"): (typeof documents)["fragment AgreementRow on ActionRow { ref title objective { id } pillar leadAgency { id } dueDate status progress rag ragReasons daysOverdue action { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...AgreementRollUp }\n    byPillar { pillar rollUp { ...AgreementRollUp } }\n    byObjective { objective { id pillar } rollUp { ...AgreementRollUp } }\n    byAgency { agency { id name } rollUp { ...AgreementRollUp } }\n    overdueActions { ...AgreementRow }\n    overdueMilestones { milestone { id } action { id } dueDate daysOverdue }\n    dueSoon { ...AgreementRow }\n    staleActions { ...AgreementRow }\n    changes {\n      action { id } ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter\n      progressBefore progressAfter dueDateBefore dueDateAfter\n    }\n    updatesSince { id reportedOn }\n  }\n}"): (typeof documents)["query AgreementReport($plan: ID!, $asOf: Date, $since: Date) {\n  boardReport(deliveryPlanId: $plan, asOf: $asOf, since: $since) {\n    asOf since staleAfterDays dueSoonDays\n    overall { ...AgreementRollUp }\n    byPillar { pillar rollUp { ...AgreementRollUp } }\n    byObjective { objective { id pillar } rollUp { ...AgreementRollUp } }\n    byAgency { agency { id name } rollUp { ...AgreementRollUp } }\n    overdueActions { ...AgreementRow }\n    overdueMilestones { milestone { id } action { id } dueDate daysOverdue }\n    dueSoon { ...AgreementRow }\n    staleActions { ...AgreementRow }\n    changes {\n      action { id } ref kinds statusBefore statusAfter ragBefore ragAfter ragReasonsBefore ragReasonsAfter\n      progressBefore progressAfter dueDateBefore dueDateAfter\n    }\n    updatesSince { id reportedOn }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementActionsPage($plan: ID!, $after: String) { actions(deliveryPlanId: $plan, first: 37, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { id ref dueDate status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { id overdue } } } } }"): (typeof documents)["query AgreementActionsPage($plan: ID!, $after: String) { actions(deliveryPlanId: $plan, first: 37, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor }\n  edges { cursor node { id ref dueDate status progress lastReportedOn rag ragReasons overdue daysOverdue milestones { id overdue } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementActions($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter, first: 200) { totalCount edges { node { ref } } } }"): (typeof documents)["query AgreementActions($plan: ID!, $filter: ActionFilter) { actions(deliveryPlanId: $plan, filter: $filter, first: 200) { totalCount edges { node { ref } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ...AgreementRow } }"): (typeof documents)["query AgreementOverdueActions($plan: ID!, $asOf: Date, $agency: ID) { overdueActions(deliveryPlanId: $plan, asOf: $asOf, agencyId: $agency) { ...AgreementRow } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SafeDefaultsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation SafeDefaultsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SafeDefaultsCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }"): (typeof documents)["mutation SafeDefaultsCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SafeDefaultsCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"): (typeof documents)["mutation SafeDefaultsCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SafeDefaultsCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }"): (typeof documents)["mutation SafeDefaultsCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SafeDefaultsCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"): (typeof documents)["mutation SafeDefaultsCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustMeId { me { id } }"): (typeof documents)["query TrustMeId { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustAddMilestoneOnA($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }"): (typeof documents)["mutation TrustAddMilestoneOnA($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustReportProgressOnA($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"): (typeof documents)["mutation TrustReportProgressOnA($input: ReportProgressInput!) { reportProgress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateUserId($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation TrustCreateUserId($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustPartnershipIds { partnerships { id } }"): (typeof documents)["query TrustPartnershipIds { partnerships { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateObjectiveOnA($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }"): (typeof documents)["mutation TrustCreateObjectiveOnA($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustReadPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"): (typeof documents)["mutation TrustReadPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustMe { me { id isAdmin } }"): (typeof documents)["query TrustMe { me { id isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustPartnerships { partnerships { id } }"): (typeof documents)["query TrustPartnerships { partnerships { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustPartnership($id: ID!) { partnership(id: $id) { id timezone } }"): (typeof documents)["query TrustPartnership($id: ID!) { partnership(id: $id) { id timezone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustAgencies { agencies { id } }"): (typeof documents)["query TrustAgencies { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustAgencyByName($name: String!) { agencyByName(name: $name) { id } }"): (typeof documents)["query TrustAgencyByName($name: String!) { agencyByName(name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustStrategy($id: ID!) { strategy(id: $id) { id title partnership { id } } }"): (typeof documents)["query TrustStrategy($id: ID!) { strategy(id: $id) { id title partnership { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { id title strategy { id } } }"): (typeof documents)["query TrustDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { id title strategy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustAction($id: ID!) { action(id: $id) { id ref leadAgency { id } supportingAgencies { id } status progress lastReportedOn } }"): (typeof documents)["query TrustAction($id: ID!) { action(id: $id) { id ref leadAgency { id } supportingAgencies { id } status progress lastReportedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustActions($plan: ID!) { actions(deliveryPlanId: $plan) { totalCount edges { node { id rag ragReasons } } pageInfo { hasNextPage } } }"): (typeof documents)["query TrustActions($plan: ID!) { actions(deliveryPlanId: $plan) { totalCount edges { node { id rag ragReasons } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-06-15\") {\n          asOf deliveryPlan { id } partnership { id } overall { total overdue progress } overdueActions { ref daysOverdue } } }"): (typeof documents)["query TrustBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: \"2025-06-15\") {\n          asOf deliveryPlan { id } partnership { id } overall { total overdue progress } overdueActions { ref daysOverdue } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan, asOf: \"2025-06-15\") { ref daysOverdue leadAgency { id } action { id } } }"): (typeof documents)["query TrustOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan, asOf: \"2025-06-15\") { ref daysOverdue leadAgency { id } action { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustAuditEvents($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { operation entityType entityId actor { id } } } } }"): (typeof documents)["query TrustAuditEvents($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { operation entityType entityId actor { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id isAdmin } } }"): (typeof documents)["mutation TrustLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id isAdmin } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug staleAfterDays dueSoonDays } }"): (typeof documents)["mutation TrustCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug staleAfterDays dueSoonDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind } }"): (typeof documents)["mutation TrustCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateAgencyIntoA($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }"): (typeof documents)["mutation TrustCreateAgencyIntoA($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind } }"): (typeof documents)["mutation TrustUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id } }"): (typeof documents)["mutation TrustMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id agencies { id } } }"): (typeof documents)["mutation TrustAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id agencies { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email isAdmin agency { id } } }"): (typeof documents)["mutation TrustCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email isAdmin agency { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }"): (typeof documents)["mutation TrustSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title status partnership { id } } }"): (typeof documents)["mutation TrustCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title status partnership { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id code pillar strategy { id } } }"): (typeof documents)["mutation TrustCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id code pillar strategy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id startDate endDate strategy { id } } }"): (typeof documents)["mutation TrustCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id startDate endDate strategy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref version leadAgency { id } supportingAgencies { id } status } }"): (typeof documents)["mutation TrustCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref version leadAgency { id } supportingAgencies { id } status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { id title version } }"): (typeof documents)["mutation TrustUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { id title version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn action { id } } }"): (typeof documents)["mutation TrustAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn action { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCompleteMilestone($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id completedOn overdue } }"): (typeof documents)["mutation TrustCompleteMilestone($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id completedOn overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustReportProgress($input: ReportProgressInput!) {\n            reportProgress(input: $input) { id reportedOn percentComplete status author { id } action { id status progress } }\n          }"): (typeof documents)["mutation TrustReportProgress($input: ReportProgressInput!) {\n            reportProgress(input: $input) { id reportedOn percentComplete status author { id } action { id status progress } }\n          }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id opensOn graceEndsOn state } }"): (typeof documents)["mutation TrustCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id opensOn graceEndsOn state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustConfirmNoChange($id: ID!) { confirmNoChange(actionId: $id) { id noChange status percentComplete action { id } } }"): (typeof documents)["mutation TrustConfirmNoChange($id: ID!) { confirmNoChange(actionId: $id) { id noChange status percentComplete action { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }"): (typeof documents)["mutation TrustAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { deliveryPlanId version summary } }"): (typeof documents)["mutation TrustSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { deliveryPlanId version summary } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { id deliveryPlanId version asOf } }"): (typeof documents)["mutation TrustPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { id deliveryPlanId version asOf } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }"): (typeof documents)["mutation TrustRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustDeactivateUser($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }"): (typeof documents)["mutation TrustDeactivateUser($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }"): (typeof documents)["mutation TrustChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCompleteMilestoneOnA($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id } }"): (typeof documents)["mutation TrustCompleteMilestoneOnA($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id name staleAfterDays } }"): (typeof documents)["mutation TrustUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id name staleAfterDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateStrategy($id: ID!, $input: UpdateStrategyInput!) { updateStrategy(id: $id, input: $input) { id title status } }"): (typeof documents)["mutation TrustUpdateStrategy($id: ID!, $input: UpdateStrategyInput!) { updateStrategy(id: $id, input: $input) { id title status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { id title } }"): (typeof documents)["mutation TrustUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustRemoveObjective($id: ID!) { removeObjective(id: $id) }"): (typeof documents)["mutation TrustRemoveObjective($id: ID!) { removeObjective(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateDeliveryPlan($id: ID!, $input: UpdateDeliveryPlanInput!) { updateDeliveryPlan(id: $id, input: $input) { id title } }"): (typeof documents)["mutation TrustUpdateDeliveryPlan($id: ID!, $input: UpdateDeliveryPlanInput!) { updateDeliveryPlan(id: $id, input: $input) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustRemoveAction($id: ID!, $reason: String!) { removeAction(id: $id, reason: $reason) }"): (typeof documents)["mutation TrustRemoveAction($id: ID!, $reason: String!) { removeAction(id: $id, reason: $reason) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id dueDate version } }"): (typeof documents)["mutation TrustUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id dueDate version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustReopenMilestone($id: ID!) { reopenMilestone(id: $id) { id completedOn } }"): (typeof documents)["mutation TrustReopenMilestone($id: ID!) { reopenMilestone(id: $id) { id completedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustRemoveMilestone($id: ID!) { removeMilestone(id: $id) }"): (typeof documents)["mutation TrustRemoveMilestone($id: ID!) { removeMilestone(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date } }"): (typeof documents)["mutation TrustCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { id date version } }"): (typeof documents)["mutation TrustUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { id date version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }"): (typeof documents)["mutation TrustRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustMeetingOnA($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }"): (typeof documents)["mutation TrustMeetingOnA($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { id date } }"): (typeof documents)["query TrustBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { id date } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustLoginAnySession($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"): (typeof documents)["mutation TrustLoginAnySession($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateAdmin($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }"): (typeof documents)["mutation TrustCreateAdmin($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustPartnershipId($id: ID!) { partnership(id: $id) { id } }"): (typeof documents)["query TrustPartnershipId($id: ID!) { partnership(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustOtherPartnership($id: ID!) { partnership(id: $id) { id name } }"): (typeof documents)["query TrustOtherPartnership($id: ID!) { partnership(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustPartnershipTree($id: ID!) { partnership(id: $id) { id agencies { id } strategies { id deliveryPlans { id actions { id ref leadAgency { id } } } } } }"): (typeof documents)["query TrustPartnershipTree($id: ID!) { partnership(id: $id) { id agencies { id } strategies { id deliveryPlans { id actions { id ref leadAgency { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustAgencyIds { agencies { id } }"): (typeof documents)["query TrustAgencyIds { agencies { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustSetMembershipOf($input: SetMembershipInput!) { setMembership(input: $input) { role } }"): (typeof documents)["mutation TrustSetMembershipOf($input: SetMembershipInput!) { setMembership(input: $input) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustLeadOfficerMemberships($id: ID!) { action(id: $id) { leadOfficer { id memberships { role partnership { id } } } } }"): (typeof documents)["query TrustLeadOfficerMemberships($id: ID!) { action(id: $id) { leadOfficer { id memberships { role partnership { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustOwnMemberships { me { memberships { partnership { id } } } }"): (typeof documents)["query TrustOwnMemberships { me { memberships { partnership { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustAuditActorMemberships($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { entityId actor { id memberships { partnership { id } } } } } } }"): (typeof documents)["query TrustAuditActorMemberships($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { entityId actor { id memberships { partnership { id } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionMe { me { name agency { name } } }"): (typeof documents)["query WebSessionMe { me { name agency { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionMeName { me { name } }"): (typeof documents)["query WebSessionMeName { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionPartnerships { partnerships { id } }"): (typeof documents)["query WebSessionPartnerships { partnerships { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionPlans { partnerships { strategies { deliveryPlans { id } } } }"): (typeof documents)["query WebSessionPlans { partnerships { strategies { deliveryPlans { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionWide { partnerships { strategies { deliveryPlans { actions { id ref } } } } }"): (typeof documents)["query WebSessionWide { partnerships { strategies { deliveryPlans { actions { id ref } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebSessionCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }"): (typeof documents)["mutation WebSessionCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebSessionSetMembership($i: SetMembershipInput!) { setMembership(input: $i) { role } }"): (typeof documents)["mutation WebSessionSetMembership($i: SetMembershipInput!) { setMembership(input: $i) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionMyActions($f: MyActionsFilter) { myActions(filter: $f) { leads action { id ref status overdue ragReasons dueDate canReportProgress\n      leadAgency { name } supportingAgencies { name } deliveryPlan { partnership { today dueSoonDays } } } } }"): (typeof documents)["query WebSessionMyActions($f: MyActionsFilter) { myActions(filter: $f) { leads action { id ref status overdue ragReasons dueDate canReportProgress\n      leadAgency { name } supportingAgencies { name } deliveryPlan { partnership { today dueSoonDays } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionCanReport { partnerships { strategies { deliveryPlans { actions { ref canReportProgress leadAgency { name } supportingAgencies { name } } } } } }"): (typeof documents)["query WebSessionCanReport { partnerships { strategies { deliveryPlans { actions { ref canReportProgress leadAgency { name } supportingAgencies { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionCached($p: ID!) { boardReport(deliveryPlanId: $p, asOf: \"2026-09-30\") { overall { total progress } } }"): (typeof documents)["query WebSessionCached($p: ID!) { boardReport(deliveryPlanId: $p, asOf: \"2026-09-30\") { overall { total progress } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSessionPerCaller($p: ID!) { deliveryPlan(id: $p) { actions { ref canReportProgress } } }"): (typeof documents)["query WebSessionPerCaller($p: ID!) { deliveryPlan(id: $p) { actions { ref canReportProgress } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }"): (typeof documents)["mutation FixtureCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation FixtureCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }"): (typeof documents)["mutation FixtureSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"): (typeof documents)["mutation FixtureCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }"): (typeof documents)["mutation FixtureCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }"): (typeof documents)["mutation FixtureCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreateAction($input: CreateActionInput!) {\n  createAction(input: $input) { id ref version }\n}"): (typeof documents)["mutation FixtureCreateAction($input: CreateActionInput!) {\n  createAction(input: $input) { id ref version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"): (typeof documents)["mutation FixtureCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestServerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"): (typeof documents)["mutation TestServerLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;