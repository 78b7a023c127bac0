import { GlobalRole } from '@thamvan/core';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type AuthorKindName = 'INDIVIDUAL' | 'ORGANIZATION';
export type VerificationLevelName = 'NONE' | 'EMAIL' | 'EID';

/**
 * An account. `app_user` because `user` is reserved in SQL. E-mail is unique without regard
 * to case through `email_normalized` (NFC, trimmed, lower case); both are null once the
 * account is deleted, when the row stays (anonymised) so that comments keep an author.
 */
@Entity('app_user')
@Index('app_user_email_normalized_key', ['emailNormalized'], { unique: true })
@Index('app_user_created_idx', ['createdAt', 'id'])
@Check('app_user_kind_check', `kind IN ('INDIVIDUAL', 'ORGANIZATION')`)
@Check('app_user_verification_level_check', `verification_level IN ('NONE', 'EMAIL', 'EID')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As typed at registration (NFC, trimmed); null after deletion. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  emailNormalized: string | null;

  /** scrypt, see PasswordHasher; null after deletion. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: 'INDIVIDUAL' })
  kind: AuthorKindName;

  @Column({ type: 'text', nullable: true })
  organizationName: string | null;

  /** One of the 34 current provincial-level units (canonical name), or null. */
  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Column({ type: 'text', default: 'NONE' })
  verificationLevel: VerificationLevelName;

  /** Mail me when the drafting agency answers one of my comments (the account page's switch). */
  @Column({ type: 'boolean', default: true })
  notifyAnswers: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Global roles; always holds CITIZEN. */
  @Column({ type: 'text', array: true, default: () => `'{CITIZEN}'` })
  roles: GlobalRole[];

  /** Consent to the terms of use: which version, and when. */
  @Column({ type: 'text', nullable: true })
  acceptedTermsVersion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedTermsAt: Date | null;

  /** Millisecond precision, so a JavaScript Date round-trips exactly in keyset cursors. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
