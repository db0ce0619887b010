/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgencyKind =
  | 'BUSINESS'
  | 'COUNCIL'
  | 'EDUCATION'
  | 'FIRE'
  | 'HEALTH'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION'
  | 'VOLUNTARY';

export type CreateActionInput = {
  deliveryPlanId: string | number;
  description?: string | null | undefined;
  /** On or after startDate. */
  dueDate: string;
  /** The day it entered the plan (default today in the partnership's timezone, never in the future); reports as of an earlier date leave it out. Set it earlier when entering a plan that has run for a while, as back-dated returns are. */
  inPlanSince?: string | null | undefined;
  /** An agency of the partnership. */
  leadAgencyId: string | number;
  leadOfficerId?: string | number | null | undefined;
  /** An objective of the plan's strategy. */
  objectiveId: string | number;
  /** Unique within the plan, e.g. "2.3". */
  ref: string;
  startDate?: string | null | undefined;
  successMeasure?: string | null | undefined;
  supportingAgencyIds?: Array<string | number> | null | undefined;
  title: string;
};

export type CreateAgencyInput = {
  kind: AgencyKind;
  name: string;
  /** Also add the new agency to this partnership, which owns it: other partnerships do not see it unless it is shared. */
  partnershipId?: string | number | null | undefined;
  /** Admins only: visible to every coordinator. Default: true for an agency of no partnership, else false. */
  shared?: boolean | null | undefined;
};

export type CreateDeliveryPlanInput = {
  /** On or after startDate. */
  endDate: string;
  startDate: string;
  strategyId: string | number;
  title: string;
};

export type CreateObjectiveInput = {
  /** Unique within the strategy, e.g. "PV1". */
  code: string;
  description?: string | null | undefined;
  pillar: Pillar;
  strategyId: string | number;
  title: string;
};

export type CreatePartnershipInput = {
  /** Default 30. */
  dueSoonDays?: number | null | undefined;
  name: string;
  /** Lower-case letters, digits and hyphens; unique. */
  slug: string;
  /** Default 30. */
  staleAfterDays?: number | null | undefined;
  /** IANA timezone; default Europe/London. */
  timezone?: string | null | undefined;
};

export type CreateStrategyInput = {
  /** On or after startDate. */
  endDate: string;
  partnershipId: string | number;
  startDate: string;
  /** Default DRAFT. */
  status?: StrategyStatus | null | undefined;
  title: string;
};

export type CreateUserInput = {
  agencyId?: string | number | null | undefined;
  email: string;
  /** Only an admin may create an admin. */
  isAdmin?: boolean | null | undefined;
  name: string;
  /** With `role`: also make the account a member of this partnership (one the caller manages). */
  partnershipId?: string | number | null | undefined;
  /** 10 to 200 characters. */
  password: string;
  /** With `partnershipId`: the role in that partnership. */
  role?: Role | null | undefined;
};

/** The 4 P's, always reported in this order. */
export type Pillar =
  | 'PREPARE'
  | 'PREVENT'
  | 'PROTECT'
  | 'PURSUE';

export type Role =
  | 'BOARD_MEMBER'
  | 'COORDINATOR'
  | 'PARTNER';

export type SetMembershipInput = {
  partnershipId: string | number;
  role: Role;
  userId: string | number;
};

export type StrategyStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type FixtureCreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type FixtureCreateAgencyMutation = { createAgency: { id: string } };

export type FixtureCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type FixtureCreateUserMutation = { createUser: { id: string } };

export type FixtureSetMembershipMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type FixtureSetMembershipMutation = { setMembership: { role: Role } };

export type FixtureCreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type FixtureCreatePartnershipMutation = { createPartnership: { id: string } };

export type FixtureCreateStrategyMutationVariables = Exact<{
  input: CreateStrategyInput;
}>;


export type FixtureCreateStrategyMutation = { createStrategy: { id: string } };

export type FixtureCreateObjectiveMutationVariables = Exact<{
  input: CreateObjectiveInput;
}>;


export type FixtureCreateObjectiveMutation = { createObjective: { id: string } };

export type FixtureCreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type FixtureCreateActionMutation = { createAction: { id: string, ref: string, version: number } };

export type FixtureCreateDeliveryPlanMutationVariables = Exact<{
  input: CreateDeliveryPlanInput;
}>;


export type FixtureCreateDeliveryPlanMutation = { createDeliveryPlan: { id: string } };

export type TestServerLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type TestServerLoginMutation = { login: { token: string } };


export const FixtureCreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FixtureCreateAgencyMutation, FixtureCreateAgencyMutationVariables>;
export const FixtureCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FixtureCreateUserMutation, FixtureCreateUserMutationVariables>;
export const FixtureSetMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureSetMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<FixtureSetMembershipMutation, FixtureSetMembershipMutationVariables>;
export const FixtureCreatePartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreatePartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FixtureCreatePartnershipMutation, FixtureCreatePartnershipMutationVariables>;
export const FixtureCreateStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FixtureCreateStrategyMutation, FixtureCreateStrategyMutationVariables>;
export const FixtureCreateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FixtureCreateObjectiveMutation, FixtureCreateObjectiveMutationVariables>;
export const FixtureCreateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FixtureCreateActionMutation, FixtureCreateActionMutationVariables>;
export const FixtureCreateDeliveryPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCreateDeliveryPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDeliveryPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeliveryPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FixtureCreateDeliveryPlanMutation, FixtureCreateDeliveryPlanMutationVariables>;
export const TestServerLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestServerLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<TestServerLoginMutation, TestServerLoginMutationVariables>;