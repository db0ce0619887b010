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