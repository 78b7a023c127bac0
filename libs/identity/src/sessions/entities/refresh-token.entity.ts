import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuthSessionEntity } from './auth-session.entity';

/**
 * An opaque refresh token, stored as its SHA-256 only. Single use: refreshing marks it
 * `used_at` and issues its successor in the same session; presenting a used token again
 * means it was stolen (or replayed), so the whole session is revoked.
 */
@Entity('refresh_token')
@Index('refresh_token_hash_key', ['tokenHash'], { unique: true })
@Index('refresh_token_session_idx', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => AuthSessionEntity, { onDelete: 'CASCADE' })
  sessionId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
