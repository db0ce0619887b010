import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';

/** The public contract (shared/contract.graphql, beside the repository). */
export const CONTRACT_PATH = join(__dirname, '../../../shared/contract.graphql');

const contract = buildSchema(readFileSync(CONTRACT_PATH, 'utf8'));

/** Names of the contract's queries and mutations, so suites that must cover them all follow the contract. */
export const CONTRACT_QUERIES: readonly string[] = Object.keys(contract.getQueryType()!.getFields()).sort();
export const CONTRACT_MUTATIONS: readonly string[] = Object.keys(contract.getMutationType()!.getFields()).sort();
