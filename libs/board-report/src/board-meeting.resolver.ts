import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, Permission } from '@app/common';
import { BoardMeetingService } from './board-meeting.service';
import { BoardMeeting, CreateBoardMeetingInput, UpdateBoardMeetingInput } from './types/board-meeting.type';

@Resolver(() => BoardMeeting)
export class BoardMeetingResolver {
  constructor(private readonly meetings: BoardMeetingService) {}

  @Query(() => [BoardMeeting], { description: "The partnership's board meetings, past and planned, by date." })
  @Allow(Permission.PartnershipRead)
  boardMeetings(@CurrentActor() actor: Actor, @Args('partnershipId', { type: () => ID }) partnershipId: string): Promise<BoardMeeting[]> {
    return this.meetings.list(actor, partnershipId);
  }

  @Mutation(() => BoardMeeting, { description: 'Records a board meeting, past or planned (coordinators).' })
  @Allow(Permission.PlanWrite)
  createBoardMeeting(@CurrentActor() actor: Actor, @Args('input') input: CreateBoardMeetingInput): Promise<BoardMeeting> {
    return this.meetings.create(actor, input);
  }

  @Mutation(() => BoardMeeting)
  @Allow(Permission.PlanWrite)
  updateBoardMeeting(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateBoardMeetingInput,
  ): Promise<BoardMeeting> {
    return this.meetings.update(actor, id, input);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.PlanWrite)
  removeBoardMeeting(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int, nullable: true, description: 'When given, must be the current version (else CONFLICT).' }) version?: number | null,
  ): Promise<boolean> {
    return this.meetings.remove(actor, id, version);
  }
}
