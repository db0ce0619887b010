export * from './entities/app-secret.entity';
export * from './entities/login-failure.entity';
export * from './entities/membership.entity';
export * from './entities/user.entity';
export * from './types/user.type';
export * from './user.service';
export * from './identity.module';
export * from './user.resolver';
