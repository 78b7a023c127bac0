import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

export type AccountTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

/**
 * A single-use secret sent by e-mail (verification link, password reset), stored as its
 * SHA-256 only, with an expiry (24 h to verify, 1 h to reset).
 */
@Entity('account_token')
@Index('account_token_hash_key', ['tokenHash'], { unique: true })
@Index('account_token_user_idx', ['userId', 'purpose'])
@Check('account_token_purpose_check', `purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'text' })
  purpose: AccountTokenPurpose;

  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
