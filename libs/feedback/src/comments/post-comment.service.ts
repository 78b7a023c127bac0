import { Inject, Injectable } from '@nestjs/common';
import {
  AppConfig,
  BadInputError,
  Clock,
  ConflictError,
  DomainError,
  ErrorCode,
  isAgencyMember,
  NotFoundError,
  RateLimitedError,
  RateLimiter,
  requireViewer,
  Viewer,
} from '@thamvan/core';
import { consultationStatus, ConsultationStatus } from '@thamvan/drafts';
import {
  floodWindowStart,
  MODERATION_OPTIONS,
  ModerationOptions,
  screenComment,
} from '@thamvan/moderation-rules';
import { randomUUID } from 'node:crypto';
import { commentPayload, FeedbackTopic } from '../feedback.events';
import { FEEDBACK_OPTIONS, FeedbackOptions, MAX_REPLY_DEPTH } from '../feedback.options';
import { CommentRow } from './comment-row';
import { CommentTargets } from './comment-targets';
import { DraftFacts } from './comment-targets.repository';
import {
  cleanBody,
  cleanProposedText,
  inputHash,
  NormalizedPost,
  optionalUuid,
  requireUuid,
} from './comment-text';
import { canSeeComment } from './comment-visibility';
import { toCommentObject } from './comment.mapper';
import { CommentsRepository } from './comments.repository';
import { CommentObject } from './dto/comment.object';
import { PostCommentInput } from './dto/comment.inputs';

/** Where a new comment goes, once its target has been checked. */
interface Placement {
  draft: DraftFacts;
  versionId: string;
  versionNumber: number;
  provisionId: string | null;
  lineageId: string | null;
  parentId: string | null;
  depth: number;
}

/**
 * postComment. The request path is one statement (PERFORMANCE.md): after cached lookups of
 * the draft and provision (and, for a reply, one read of its parent), POST_COMMENT_SQL
 * counts the rate limit, re-checks that the consultation is open, resolves idempotency and
 * inserts the comment with its outbox event. Counters are not touched here: the outbox
 * consumer folds them in batches. Only the rare unhappy paths (a retry, a limit, a close)
 * read more to say exactly what happened.
 *
 * Screening (libs/moderation) is pure CPU before the statement; its verdict, and the flood
 * rule's comparison with the author's latest comments, go into that same statement.
 */
@Injectable()
export class PostCommentService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly targets: CommentTargets,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
    @Inject(MODERATION_OPTIONS) private readonly moderation: ModerationOptions,
  ) {}

  async post(viewer: Viewer | null, input: PostCommentInput): Promise<CommentObject> {
    const author = requireViewer(viewer);
    const key = requireUuid(input.idempotencyKey, 'idempotencyKey');
    const stance = input.stance ?? null;
    const post: NormalizedPost = {
      draftId: requireUuid(input.draftId, 'draftId'),
      provisionId: optionalUuid(input.provisionId, 'provisionId'),
      parentId: optionalUuid(input.parentId, 'parentId'),
      body: cleanBody(input.body),
      stance,
      proposedText: cleanProposedText(input.proposedText, stance),
    };
    const hash = inputHash(post);
    let placement: Placement;
    try {
      placement = await this.place(author, post);
    } catch (error) {
      // A retry of a comment that was accepted gets the comment, whatever changed since.
      if (error instanceof DomainError && error.code !== ErrorCode.BAD_USER_INPUT) {
        const original = await this.replay(author, key, hash);
        if (original) return original;
      }
      throw error;
    }
    const screening = screenComment({ body: post.body, proposedText: post.proposedText }, this.moderation);
    const { flood } = this.moderation;
    const now = this.clock.now();
    const id = randomUUID();
    const limits = this.limits(author.userId);
    const result = await this.comments.post(
      {
        id,
        draftId: post.draftId,
        versionId: placement.versionId,
        provisionId: placement.provisionId,
        lineageId: placement.lineageId,
        parentId: placement.parentId,
        depth: placement.depth,
        authorId: author.userId,
        body: post.body,
        stance: post.stance,
        proposedText: post.proposedText,
        idempotencyKey: key,
        inputHash: hash,
        createdAt: now,
      },
      {
        event: {
          topic: FeedbackTopic.commentCreated,
          payload: commentPayload({ ...placement, id, draftId: post.draftId }),
        },
        limits,
        screening,
        flood: { ...flood, since: floodWindowStart(now, flood) },
      },
    );
    if (result.id && result.status) {
      const moderated = {
        status: result.status,
        moderationReason: result.moderationReason,
        moderationReasonCode: result.moderationReasonCode,
        maskedBody: screening.maskedBody,
        maskedProposedText: screening.maskedProposedText,
      };
      return toCommentObject(this.newRow(id, author, post, placement, now, moderated), author);
    }
    // Nothing inserted: the key was used already (a retry, or a concurrent twin that won),
    // the author is over a rate limit, or the consultation closed after the cached check.
    const original = await this.replay(author, key, hash, { refund: limits.map((l) => l.key) });
    if (original) return original;
    if (result.refusedUntil) {
      const seconds = Math.ceil((new Date(result.refusedUntil).getTime() - now.getTime()) / 1000);
      throw new RateLimitedError(Math.max(1, seconds));
    }
    const fresh = await this.targets.draft(post.draftId, true);
    if (!fresh) throw new NotFoundError('Draft', post.draftId);
    throw closed(consultationStatus(fresh, this.clock.now()));
  }

  /** Checks the target (draft open, provision of this draft, parent) and says where the comment goes. */
  private async place(viewer: Viewer, post: NormalizedPost): Promise<Placement> {
    const draft = await this.targets.draft(post.draftId);
    if (!draft) throw new NotFoundError('Draft', post.draftId);
    const status = consultationStatus(draft, this.clock.now());
    if (status === ConsultationStatus.DRAFT && !isAgencyMember(viewer, draft.agencyId)) {
      throw new NotFoundError('Draft', post.draftId);
    }
    if (status !== ConsultationStatus.OPEN || !draft.versionId || draft.versionNumber === null) {
      throw closed(status);
    }
    if (post.parentId) return this.placeReply(viewer, draft, post);
    if (!post.provisionId) {
      return {
        draft,
        versionId: draft.versionId,
        versionNumber: draft.versionNumber,
        provisionId: null,
        lineageId: null,
        parentId: null,
        depth: 0,
      };
    }
    const provision = await this.targets.provision(post.provisionId);
    if (!provision) throw new BadInputError('No such provision in a published version', 'provisionId');
    if (provision.draftId !== draft.id) {
      throw new BadInputError('The provision belongs to another draft', 'provisionId');
    }
    return { draft, ...provision, provisionId: provision.id, parentId: null, depth: 0 };
  }

  /**
   * A reply joins its parent's provision and version. Threads stop at depth 3: a reply to a
   * depth-3 comment is attached beside it, to the same depth-2 parent.
   */
  private async placeReply(viewer: Viewer, draft: DraftFacts, post: NormalizedPost): Promise<Placement> {
    const parent = await this.comments.byId(post.parentId!);
    if (!parent || !canSeeComment(viewer, parent))
      throw new BadInputError('No such comment to reply to', 'parentId');
    if (parent.draftId !== draft.id)
      throw new BadInputError('The comment replied to is on another draft', 'parentId');
    if (post.provisionId && post.provisionId !== parent.provisionId) {
      throw new BadInputError('A reply is on the provision of the comment it answers', 'provisionId');
    }
    // A PENDING parent is not public yet: a published reply would point the public (live,
    // search, exports) at a comment they cannot see, so replies wait for the decision.
    if (parent.status !== 'PUBLISHED') {
      throw new ConflictError(`The comment replied to is ${parent.status.toLowerCase()}: replies are closed`);
    }
    const capped = parent.depth >= MAX_REPLY_DEPTH && parent.parentId;
    return {
      draft,
      versionId: parent.versionId,
      versionNumber: parent.versionNumber,
      provisionId: parent.provisionId,
      lineageId: parent.lineageId,
      parentId: capped ? parent.parentId : parent.id,
      depth: capped ? MAX_REPLY_DEPTH : parent.depth + 1,
    };
  }

  /** The author's posting buckets (keys hold user ids, which are not personal data), scaled. */
  private limits(userId: string): { key: string; limit: number; windowSeconds: number }[] {
    const { postPerMinute, postPerDay } = this.options.limits;
    return [
      {
        key: `comment:minute:${userId}`,
        limit: this.config.scaleLimit(postPerMinute.limit),
        windowSeconds: postPerMinute.windowSeconds,
      },
      {
        key: `comment:day:${userId}`,
        limit: this.config.scaleLimit(postPerDay.limit),
        windowSeconds: postPerDay.windowSeconds,
      },
    ];
  }

  /**
   * The comment an earlier post with this key created, if any: the same input returns it,
   * different input is a CONFLICT. A replay does not count against the rate limit.
   */
  private async replay(
    author: Viewer,
    key: string,
    hash: string,
    options: { refund?: string[] } = {},
  ): Promise<CommentObject | null> {
    const row = await this.comments.byIdempotencyKey(author.userId, key);
    if (!row) return null;
    if (row.inputHash !== hash) {
      throw new ConflictError('This idempotencyKey was already used for a different comment');
    }
    // A replay is not a new comment: give back what the statement counted.
    if (options.refund) await Promise.all(options.refund.map((k) => this.limiter.refund(k)));
    const { inputHash: _hash, ...comment } = row;
    return toCommentObject(comment, author);
  }

  private newRow(
    id: string,
    author: Viewer,
    post: NormalizedPost,
    at: Placement,
    now: Date,
    moderated: Pick<
      CommentRow,
      'status' | 'moderationReason' | 'moderationReasonCode' | 'maskedBody' | 'maskedProposedText'
    >,
  ): CommentRow {
    return {
      id,
      draftId: post.draftId,
      agencyId: at.draft.agencyId,
      versionId: at.versionId,
      versionNumber: at.versionNumber,
      provisionId: at.provisionId,
      lineageId: at.lineageId,
      parentId: at.parentId,
      depth: at.depth,
      authorId: author.userId,
      body: post.body,
      stance: post.stance,
      proposedText: post.proposedText,
      createdAt: now,
      editedAt: null,
      agreeCount: 0,
      disagreeCount: 0,
      replyCount: 0,
      ...moderated,
    };
  }
}

function closed(status: ConsultationStatus): DomainError {
  const why =
    status === ConsultationStatus.CLOSED
      ? 'has closed'
      : status === ConsultationStatus.SCHEDULED
        ? 'has not opened yet'
        : 'is not open';
  return new DomainError(ErrorCode.CONSULTATION_CLOSED, `The consultation ${why}: comments are not accepted`);
}
