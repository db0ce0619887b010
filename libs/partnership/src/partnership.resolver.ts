import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, NoArgs, PerCaller, Permission } from '@app/common';
import { PartnershipEntity } from './entities/partnership.entity';
import { AddAgencyToPartnershipInput } from './inputs/add-agency-to-partnership.input';
import { CreateAgencyInput } from './inputs/create-agency.input';
import { CreatePartnershipInput } from './inputs/create-partnership.input';
import { UpdateAgencyInput } from './inputs/update-agency.input';
import { PartnershipService } from './partnership.service';
import { Agency } from './types/agency.type';
import { Partnership } from './types/partnership.type';
import { UpdatePartnershipInput } from './inputs/update-partnership.input';

@Resolver(() => Partnership)
export class PartnershipResolver {
  constructor(private readonly service: PartnershipService) {}

  @Query(() => [Partnership], { description: 'Partnerships the caller belongs to (all, for an admin).' })
  @Allow(Permission.Authenticated)
  @PerCaller()
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
  updatePartnership(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePartnershipInput): Promise<Partnership> {
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
  @PerCaller()
  agencies(@CurrentActor() actor: Actor): Promise<Agency[]> {
    return this.service.listAgencies(actor);
  }

  @Query(() => Agency, {
    nullable: true,
    description: 'The agency with exactly this name (case and spacing aside), for a coordinator to add to their partnership; null when none.',
  })
  @Allow(Permission.PartnershipManage)
  @PerCaller()
  agencyByName(@CurrentActor() actor: Actor, @Args('name') name: string): Promise<Agency | null> {
    return this.service.agencyByName(actor, name);
  }

  @Mutation(() => Agency)
  @Allow(Permission.PartnershipManage)
  createAgency(@CurrentActor() actor: Actor, @Args('input') input: CreateAgencyInput): Promise<Agency> {
    return this.service.createAgency(actor, input);
  }

  @Mutation(() => Agency, { description: "Admins: correct an agency's name or kind, or share it with every partnership." })
  @Allow(Permission.AgencyAdmin)
  updateAgency(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAgencyInput): Promise<Agency> {
    return this.service.updateAgency(actor, id, input);
  }

  @Mutation(() => Agency, { description: 'Admins: fold a duplicate agency (mergeId) into another (keepId), moving everything that named it.' })
  @Allow(Permission.AgencyAdmin)
  mergeAgencies(
    @CurrentActor() actor: Actor,
    @Args('keepId', { type: () => ID }) keepId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
  ): Promise<Agency> {
    return this.service.mergeAgencies(actor, keepId, mergeId);
  }
}
