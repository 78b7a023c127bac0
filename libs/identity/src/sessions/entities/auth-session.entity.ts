import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

export type SessionRevokeReason =
  'LOGOUT' | 'REUSE_DETECTED' | 'PASSWORD_CHANGED' | 'ACCOUNT_DELETED' | 'ROLE_WITHDRAWN';

/**
 * One signed-in device: a family of refresh tokens, each replacing the last. Revoking the
 * session ends every token of the family and, because access tokens name their session,
 * every access token issued in it too. No IP address or user agent is kept.
 */
@Entity('auth_session')
@Index('auth_session_user_idx', ['userId'])
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastRefreshedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokeReason: SessionRevokeReason | null;
}
