import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, NoArgs, Permission } from '@app/common';
import { PartnershipEntity } from './entities/partnership.entity';
import { AddAgencyToPartnershipInput } from './inputs/add-agency-to-partnership.input';
import { CreateAgencyInput } from './inputs/create-agency.input';
import { CreatePartnershipInput } from './inputs/create-partnership.input';
import { PartnershipService } from './partnership.service';
import { Agency } from './types/agency.type';
import { Partnership } from './types/partnership.type';
import { UpdatePartnershipInput } from './inputs/update-partnership.input';

@Resolver(() => Partnership)
export class PartnershipResolver {
  constructor(private readonly service: PartnershipService) {}

  @Query(() => [Partnership], { description: 'Partnerships the caller belongs to (all, for an admin).' })
  @Allow(Permission.Authenticated)
  partnerships(@CurrentActor() actor: Actor): Promise<Partnership[]> {
    return this.service.list(actor);
  }

  @Query(() => Partnership, { nullable: true })
  @Allow(Permission.PartnershipRead)
  partnership(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Partnership> {
    return this.service.get(actor, id, 'id');
  }

  @Mutation(() => Partnership)
  @Allow(Permission.PartnershipCreate)
  createPartnership(@CurrentActor() actor: Actor, @Args('input') input: CreatePartnershipInput): Promise<Partnership> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Partnership, {
    description:
      "Name, timezone and settings (admins and the partnership's coordinators). staleAfterDays and dueSoonDays take effect from " +
      '`input.effectiveFrom`; reports as of earlier days apply the settings then in force.',
  })
  @Allow(Permission.PartnershipManage)
  updatePartnership(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePartnershipInput,
  ): Promise<Partnership> {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => Partnership)
  @Allow(Permission.PartnershipManage)
  addAgencyToPartnership(@CurrentActor() actor: Actor, @Args('input') input: AddAgencyToPartnershipInput): Promise<Partnership> {
    return this.service.addAgency(actor, input);
  }

  @ResolveField(() => [Agency])
  agencies(partnership: PartnershipEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Agency[]> {
    return this.service.loadAgenciesOf(ctx.loaders, partnership.id);
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  constructor(private readonly service: PartnershipService) {}

  @Query(() => [Agency])
  @Allow(Permission.Authenticated)
  agencies(@CurrentActor() actor: Actor): Promise<Agency[]> {
    return this.service.listAgencies(actor);
  }

  @Mutation(() => Agency)
  @Allow(Permission.PartnershipManage)
  createAgency(@CurrentActor() actor: Actor, @Args('input') input: CreateAgencyInput): Promise<Agency> {
    return this.service.createAgency(actor, input);
  }
}
