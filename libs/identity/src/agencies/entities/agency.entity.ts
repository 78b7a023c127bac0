import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AgencyKindName = 'MINISTRY' | 'PROVINCE' | 'NATIONAL_ASSEMBLY' | 'OTHER';

/** A drafting agency: a ministry, a provincial people's committee, a National Assembly body… */
@Entity('agency')
@Index('agency_code_key', ['code'], { unique: true })
@Check('agency_kind_check', `kind IN ('MINISTRY', 'PROVINCE', 'NATIONAL_ASSEMBLY', 'OTHER')`)
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short upper-case code, e.g. BTP for Bộ Tư pháp. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'OTHER' })
  kind: AgencyKindName;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
