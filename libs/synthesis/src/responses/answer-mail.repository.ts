import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** An author to mail about an answer, with the answered comments of theirs on one draft. */
export interface AnswerRecipient {
  userId: string;
  email: string;
  displayName: string;
  title: string;
  agencyName: string;
  commentIds: string[];
}

/** The query of the answer mails: who is told that their comments were answered. */
@Injectable()
export class AnswerMailRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The authors of these comments, per draft, who kept answer mails on and have a verified
   * address on an account not deleted; only comments still PUBLISHED or PENDING count.
   */
  async recipients(commentIds: string[]): Promise<AnswerRecipient[]> {
    return this.dataSource.query<AnswerRecipient[]>(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", d.title, a.name AS "agencyName",
              array_agg(c.id ORDER BY c.created_at) AS "commentIds"
         FROM comment c
         JOIN app_user u ON u.id = c.author_id
         JOIN draft d ON d.id = c.draft_id
         JOIN agency a ON a.id = d.agency_id
        WHERE c.id = ANY($1::uuid[]) AND c.status IN ('PUBLISHED', 'PENDING')
          AND u.notify_answers AND u.email IS NOT NULL AND u.email_verified_at IS NOT NULL
          AND u.deleted_at IS NULL
        GROUP BY u.id, d.id, a.id`,
      [commentIds],
    );
  }
}
