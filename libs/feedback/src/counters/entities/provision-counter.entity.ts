import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Published comments (replies included) on one provision lineage, i.e. on the matching
 * provision of every version, by stance. Maintained by the outbox consumer.
 */
@Entity('provision_counter')
export class ProvisionCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  lineageId: string;

  @Column({ type: 'int', default: 0 })
  comments: number;

  @Column({ type: 'int', default: 0 })
  support: number;

  @Column({ type: 'int', default: 0 })
  oppose: number;

  @Column({ type: 'int', default: 0 })
  amend: number;

  @Column({ type: 'int', default: 0 })
  question: number;

  @Column({ type: 'int', default: 0 })
  neutral: number;
}
