import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ActorSource } from '@app/common';
import { PartnershipModule } from '@app/partnership';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService } from './token.service';
import { MembershipResolver, UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  imports: [JwtModule.register({}), PartnershipModule],
  providers: [TokenService, LoginThrottleService, UserService, UserResolver, MembershipResolver, { provide: ActorSource, useExisting: UserService }],
  exports: [UserService, ActorSource],
})
export class IdentityModule {}
