import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnershipEntity } from '@app/partnership';
import { TITLE_MAX } from '@app/domain';

/** A meeting of a partnership's board, past or planned: what "since the last board" means. */
@Entity('board_meeting')
@Check('board_meeting_title_length', `length("title") BETWEEN 1 AND ${TITLE_MAX}`)
@Index('board_meeting_partnership_date_idx', ['partnershipId', 'meetingDate'])
export class BoardMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column('text')
  title: string;

  @Column('date')
  meetingDate: string;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
