/**
 * Accounts, memberships, sign-in and tokens. Public: the module, the user service, the entities
 * and GraphQL types. Not its resolvers (the module registers them).
 */
export * from './identity.module';
export * from './user.service';
export * from './entities/app-secret.entity';
export * from './entities/known-login-address.entity';
export * from './entities/login-attempt.entity';
export * from './entities/membership.entity';
export * from './entities/user.entity';
export * from './entities/user-invitation.entity';
export * from './types/user.type';
export * from './inputs/change-password.args';
export * from './inputs/create-user.input';
export * from './inputs/set-membership.input';
