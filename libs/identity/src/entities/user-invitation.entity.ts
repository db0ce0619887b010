import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * "This coordinator brought this account in" (by `createUser`, whether the e-mail was new or not):
 * a coordinator may give a membership only to members of their own partnerships and to the
 * accounts they invited, never to any account id of the platform.
 */
@Entity('user_invitation')
@Index(['userId'])
export class UserInvitationEntity {
  @PrimaryColumn('uuid')
  inviterId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inviter_id' })
  inviter?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
