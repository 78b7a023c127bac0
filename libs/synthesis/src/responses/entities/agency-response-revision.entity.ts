import { UserEntity } from '@thamvan/identity';
import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyResponseEntity, type DispositionName } from './agency-response.entity';

/**
 * Every version of a response, the first included: what the agency said, to which comments,
 * who said it and when. Never updated or deleted.
 */
@Entity('agency_response_revision')
@Index('agency_response_revision_number', ['responseId', 'number'], { unique: true })
export class AgencyResponseRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => AgencyResponseEntity, { name: 'agency_response_revision_response_fk' })
  responseId: string;

  /** 1 for the original answer, then 2, 3, … per edit. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  disposition: DispositionName;

  @Column({ type: 'text' })
  explanation: string;

  /** The comments the response covered once this version was written. */
  @Column({ type: 'uuid', array: true })
  commentIds: string[];

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'agency_response_revision_author_fk' })
  writtenBy: string;

  @Column({ type: 'timestamptz', precision: 3 })
  writtenAt: Date;
}
