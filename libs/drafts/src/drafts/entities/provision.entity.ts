import { DraftVersionEntity } from './draft-version.entity';
import { Column, ForeignKey, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ProvisionKind } from '../../parser';

/**
 * One node of a version's structure, stored flat: the whole tree of a version is one
 * query (`WHERE version_id = $1 ORDER BY ordinal`), assembled in memory.
 */
@Entity('provision')
@Index('provision_version_key', ['versionId', 'key'], { unique: true })
@Index('provision_version_ordinal_idx', ['versionId', 'ordinal'])
@Index('provision_lineage_idx', ['lineageId'])
export class ProvisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => DraftVersionEntity, { name: 'provision_version_fk' })
  versionId: string;

  /** Stable path such as `chuong-ii/muc-1/dieu-15/khoan-2/diem-a`, unique within the version. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  kind: ProvisionKind;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  label: string;

  /**
   * The label as read out of the outline: "Khoản 2 Điều 22", "Điểm a khoản 1 Điều 4", "Điều 4"
   * (fullProvisionLabel, made when the version is written).
   */
  @Column({ type: 'text' })
  fullLabel: string;

  @Column({ type: 'text', nullable: true })
  heading: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey(() => ProvisionEntity, { name: 'provision_parent_fk' })
  parentId: string | null;

  /** Position in document order within the version. */
  @Column({ type: 'int' })
  ordinal: number;

  @Column({ type: 'int' })
  depth: number;

  /**
   * The same provision across versions: a provision matched to one of the previous version
   * (by key, or by text when renumbered) inherits its lineage, so comments made on earlier
   * versions are found on the matching provision of later ones.
   */
  @Column({ type: 'uuid' })
  lineageId: string;
}
