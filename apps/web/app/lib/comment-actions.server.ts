import { data, redirect } from 'react-router';
import { webContext, type WebContext } from '../context';
import type { FlagReason, ReactionKind, Stance } from '../gql/graphql';
import { Login } from '../graphql/account.server';
import {
  EditComment,
  FlagComment,
  PostComment,
  ReactToComment,
  WithdrawComment,
} from '../graphql/comments.server';
import { t } from '../i18n';
import { formValues, messagesForApiError, statusFor, type FormState } from './forms.server';
import { loginErrors } from './auth-forms.server';
import { isUuid } from './ids';
import { NOTICE_PARAM, NOTICES, withNotice } from './notices';

/** The API's limits, repeated only to say them in Vietnamese before a round trip (the API enforces them). */
export const MAX_BODY = 10_000;
export const MAX_PROPOSED = 10_000;
export const MAX_FLAG_NOTE = 1_000;

const STANCES: readonly Stance[] = ['SUPPORT', 'OPPOSE', 'AMEND', 'QUESTION', 'NEUTRAL'];
const REACTIONS: readonly ReactionKind[] = ['AGREE', 'DISAGREE', 'NONE'];
const FLAG_REASONS: readonly FlagReason[] = ['SPAM', 'ABUSE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER'];

export type CommentIntent = 'post' | 'signin' | 'edit' | 'withdraw' | 'react' | 'flag';

/** Shown again with the page when a comment form could not be carried out. */
export interface CommentActionData extends FormState {
  intent: CommentIntent;
  /** `new` for the page's posting box; otherwise the comment whose reply/edit/flag/withdraw form it was. */
  target: string;
  /** The form shows its sign-in fields (not signed in, or the session ended). */
  needsSignIn?: boolean;
  notice?: string;
}

const POST_FIELDS = {
  body: { name: 'body', message: t.form.bodyRequired },
  proposedText: { name: 'proposedText', message: t.form.proposedRequired },
  note: { name: 'note', message: t.form.flagNoteTooLong(MAX_FLAG_NOTE) },
};

/**
 * Every comment form of a page (post, reply, sign in and come back, edit, withdraw, react,
 * flag) posts here. Success redirects back to the same address at the comment; failure
 * returns the typed text with Vietnamese messages so the page shows the form again, filled.
 */
export async function commentAction(
  request: Request,
  contextValue: { get: (key: typeof webContext) => WebContext },
  target: { draftId: string; provisionId: string | null },
) {
  const web = contextValue.get(webContext);
  const form = await request.formData();
  const values = formValues(form);
  const intent = values.intent as CommentIntent;
  const here = new URL(request.url);
  switch (intent) {
    case 'post':
      return post(web, here, values, target);
    case 'signin':
      return signIn(web, here, values, target);
    case 'edit':
      return edit(web, here, values);
    case 'withdraw':
      return simple(web, here, values, 'withdraw');
    case 'react':
      return simple(web, here, values, 'react');
    case 'flag':
      return flag(web, here, values);
    default:
      throw data(null, { status: 400 });
  }
}

function back(here: URL, commentId: string, notice?: string): Response {
  const url = new URL(here);
  url.searchParams.delete(NOTICE_PARAM);
  if (notice) url.searchParams.set(NOTICE_PARAM, notice);
  url.hash = `c-${commentId}`;
  return redirect(`${url.pathname}${url.search}${url.hash}`, 303);
}

function signInFirst(here: URL, commentId?: string): Response {
  const next = `${here.pathname}${here.search}${commentId ? `#c-${commentId}` : ''}`;
  return redirect(`/dang-nhap?next=${encodeURIComponent(next)}`, 303);
}

function stanceOf(value: string | undefined): Stance | null {
  return STANCES.includes(value as Stance) ? (value as Stance) : null;
}

function validateText(values: Record<string, string>, stance: Stance | null): Record<string, string> {
  const errors: Record<string, string> = {};
  const body = (values.body ?? '').trim();
  if (!body) errors.body = t.form.bodyRequired;
  else if (body.length > MAX_BODY) errors.body = t.form.bodyTooLong(MAX_BODY);
  if (stance === 'AMEND') {
    const proposed = (values.proposedText ?? '').trim();
    if (!proposed) errors.proposedText = t.form.proposedRequired;
    else if (proposed.length > MAX_PROPOSED) errors.proposedText = t.form.proposedTooLong(MAX_PROPOSED);
  }
  return errors;
}

async function post(
  web: WebContext,
  here: URL,
  values: Record<string, string>,
  target: { draftId: string; provisionId: string | null },
) {
  const parentId = isUuid(values.parentId ?? '') ? values.parentId : null;
  const formTarget = parentId ?? 'new';
  const stance = parentId ? null : stanceOf(values.stance);
  const fieldErrors = validateText(values, stance);
  if (Object.keys(fieldErrors).length) {
    return data<CommentActionData>(
      { intent: 'post', target: formTarget, values, fieldErrors },
      { status: 400 },
    );
  }
  if (!web.api.signedIn) {
    return data<CommentActionData>(
      {
        intent: 'post',
        target: formTarget,
        values,
        fieldErrors: {},
        needsSignIn: true,
        formError: t.form.signInHint,
      },
      { status: 401 },
    );
  }
  // One key per rendered form: a double click or a resubmitted page posts one comment.
  const idempotencyKey = isUuid(values.idempotencyKey ?? '') ? values.idempotencyKey : crypto.randomUUID();
  try {
    const { postComment } = await web.api.run(PostComment, {
      input: {
        draftId: target.draftId,
        provisionId: parentId ? undefined : (target.provisionId ?? undefined),
        parentId: parentId ?? undefined,
        body: values.body,
        stance: stance ?? undefined,
        // The proposal box is part of "Đề xuất sửa": with another stance it is not sent.
        proposedText: stance === 'AMEND' ? values.proposedText : undefined,
        idempotencyKey,
      },
    });
    // A reply is shown in its context on its own permalink (threads show two levels inline);
    // a comment at the top of its thread, newest first.
    if (parentId)
      return redirect(withNotice(`/c/${postComment.id}`, NOTICES.replied, `c-${postComment.id}`), 303);
    const top = new URL(here);
    top.search = '';
    return back(top, postComment.id, NOTICES.posted);
  } catch (error) {
    const messages = messagesForApiError(error, POST_FIELDS);
    const needsSignIn = error instanceof Error && 'code' in error && error.code === 'UNAUTHENTICATED';
    return data<CommentActionData>(
      { intent: 'post', target: formTarget, values: { ...values, idempotencyKey }, ...messages, needsSignIn },
      { status: statusFor(messages, error) },
    );
  }
}

/**
 * "Đăng nhập rồi gửi" from a comment form: signs in and posts in one step. If the post then
 * fails, the page comes back signed in with the text in the form.
 */
async function signIn(
  web: WebContext,
  here: URL,
  values: Record<string, string>,
  target: { draftId: string; provisionId: string | null },
) {
  const { email = '', password = '', ...kept } = values;
  const formTarget = isUuid(values.parentId ?? '') ? values.parentId : 'new';
  const keptValues = { ...kept, intent: 'post' };
  try {
    const { login } = await web.api.run(Login, { input: { email: email.trim(), password } });
    web.signIn(login);
  } catch (error) {
    const messages = loginErrors(error);
    return data<CommentActionData>(
      {
        intent: 'post',
        target: formTarget,
        values: { ...keptValues, email },
        ...messages,
        needsSignIn: true,
      },
      { status: statusFor(messages, error) },
    );
  }
  return post(web, here, keptValues, target);
}

async function edit(web: WebContext, here: URL, values: Record<string, string>) {
  const commentId = values.commentId ?? '';
  if (!isUuid(commentId)) throw data(null, { status: 400 });
  if (!web.api.signedIn) return signInFirst(here, commentId);
  const stance = stanceOf(values.stance);
  const fieldErrors = validateText(values, stance);
  if (Object.keys(fieldErrors).length) {
    return data<CommentActionData>(
      { intent: 'edit', target: commentId, values, fieldErrors },
      { status: 400 },
    );
  }
  try {
    await web.api.run(EditComment, {
      id: commentId,
      input: {
        body: values.body,
        stance: stance ?? undefined,
        proposedText: stance === 'AMEND' ? values.proposedText : values.proposedText ? '' : undefined,
      },
    });
    return back(here, commentId, NOTICES.edited);
  } catch (error) {
    const messages = messagesForApiError(error, POST_FIELDS);
    return data<CommentActionData>(
      { intent: 'edit', target: commentId, values, ...messages },
      { status: statusFor(messages, error) },
    );
  }
}

async function flag(web: WebContext, here: URL, values: Record<string, string>) {
  const commentId = values.commentId ?? '';
  if (!isUuid(commentId)) throw data(null, { status: 400 });
  if (!web.api.signedIn) return signInFirst(here, commentId);
  const reason = FLAG_REASONS.includes(values.reason as FlagReason) ? (values.reason as FlagReason) : 'OTHER';
  const note = (values.note ?? '').trim();
  if (note.length > MAX_FLAG_NOTE) {
    return data<CommentActionData>(
      {
        intent: 'flag',
        target: commentId,
        values,
        fieldErrors: { note: t.form.flagNoteTooLong(MAX_FLAG_NOTE) },
      },
      { status: 400 },
    );
  }
  try {
    await web.api.run(FlagComment, { id: commentId, reason, note: note || undefined });
    return back(here, commentId, NOTICES.flagged);
  } catch (error) {
    const messages = messagesForApiError(error, POST_FIELDS);
    return data<CommentActionData>(
      { intent: 'flag', target: commentId, values, ...messages },
      { status: statusFor(messages, error) },
    );
  }
}

async function simple(
  web: WebContext,
  here: URL,
  values: Record<string, string>,
  intent: 'withdraw' | 'react',
) {
  const commentId = values.commentId ?? '';
  if (!isUuid(commentId)) throw data(null, { status: 400 });
  if (!web.api.signedIn) return signInFirst(here, commentId);
  try {
    if (intent === 'withdraw') {
      await web.api.run(WithdrawComment, { id: commentId });
      return back(here, commentId, NOTICES.withdrawn);
    }
    const reaction = REACTIONS.includes(values.reaction as ReactionKind)
      ? (values.reaction as ReactionKind)
      : 'NONE';
    await web.api.run(ReactToComment, { id: commentId, reaction });
    return back(here, commentId);
  } catch (error) {
    const messages = messagesForApiError(error);
    return data<CommentActionData>(
      { intent, target: commentId, values, ...messages },
      { status: statusFor(messages, error) },
    );
  }
}
