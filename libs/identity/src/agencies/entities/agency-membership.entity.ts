import { AgencyRoleName } from '@thamvan/core';
import { Check, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { AgencyEntity } from './agency.entity';

/** A user's role in an agency; one user may hold both roles in the same agency. */
@Entity('agency_membership')
@Index('agency_membership_agency_idx', ['agencyId'])
@Check('agency_membership_role_check', `role IN ('EDITOR', 'RESPONDER')`)
export class AgencyMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { onDelete: 'CASCADE' })
  agencyId: string;

  @PrimaryColumn({ type: 'text' })
  role: AgencyRoleName;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
