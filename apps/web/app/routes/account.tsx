import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/account';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import type { AuthorKind } from '../gql/graphql';
import {
  AccountPage,
  ChangePassword,
  DeleteMyAccount,
  RequestEmailVerification,
  UpdateProfile,
} from '../graphql/account.server';
import { UnfollowDraft } from '../graphql/drafts.server';
import { t } from '../i18n';
import { newPasswordError } from '../lib/auth-forms.server';
import { requireSignedIn } from '../lib/auth.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { NOTICES, withNotice } from '../lib/notices';
import { draftPath } from '../lib/paths';
import { ProfileFields, profileErrors } from './register';

type Intent = 'profile' | 'mail' | 'unfollow' | 'password' | 'resend' | 'delete';
interface AccountActionData extends FormState {
  intent: Intent;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  requireSignedIn(web, request);
  const { me, provinces } = await web.api.run(AccountPage);
  if (!me) throw redirect('/dang-nhap?next=/tai-khoan', 303);
  return { me, provinces };
}

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  requireSignedIn(web, request);
  const values = formValues(await request.formData());
  const intent = values.intent as Intent;
  const fail = (state: FormState, status: number) =>
    data<AccountActionData>({ intent, ...state }, { status });
  try {
    switch (intent) {
      case 'profile': {
        const fieldErrors = profileErrors(values);
        if (Object.keys(fieldErrors).length) return fail({ values, fieldErrors }, 400);
        const kind: AuthorKind = values.kind === 'ORGANIZATION' ? 'ORGANIZATION' : 'INDIVIDUAL';
        await web.api.run(UpdateProfile, {
          input: {
            displayName: values.displayName.trim(),
            kind,
            organizationName: kind === 'ORGANIZATION' ? values.organizationName.trim() : '',
            province: values.province ?? '',
          },
        });
        return redirect(withNotice('/tai-khoan', NOTICES.profileSaved), 303);
      }
      case 'mail':
        // A checkbox sends nothing when unticked: its absence is "off".
        await web.api.run(UpdateProfile, { input: { notifyOnAnswers: values.notifyOnAnswers === '1' } });
        return redirect(withNotice('/tai-khoan', NOTICES.mailSaved), 303);
      case 'unfollow':
        await web.api.run(UnfollowDraft, { draftId: values.draftId ?? '' });
        return redirect(withNotice('/tai-khoan', NOTICES.unfollowed, 'theo-doi'), 303);
      case 'resend':
        await web.api.run(RequestEmailVerification);
        return redirect(withNotice('/tai-khoan', NOTICES.verificationSent), 303);
      case 'password': {
        const bad = newPasswordError(values.newPassword ?? '');
        if (!values.currentPassword)
          return fail({ values: {}, fieldErrors: { currentPassword: t.auth.passwordRequired } }, 400);
        if (bad) return fail({ values: {}, fieldErrors: { newPassword: bad } }, 400);
        await web.api.run(ChangePassword, { current: values.currentPassword, next: values.newPassword });
        // Every session ended, this browser's too: sign in again with the new password.
        web.signOut();
        return redirect(withNotice('/dang-nhap?next=/tai-khoan', NOTICES.passwordChanged), 303);
      }
      case 'delete': {
        if (!values.password)
          return fail({ values: {}, fieldErrors: { password: t.auth.passwordRequired } }, 400);
        await web.api.run(DeleteMyAccount, { password: values.password });
        web.signOut();
        return redirect(withNotice('/', NOTICES.accountDeleted), 303);
      }
      default:
        throw data(null, { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    const messages = messagesForApiError(error, {
      displayName: { name: 'displayName', message: t.auth.displayNameInvalid },
      organizationName: { name: 'organizationName', message: t.auth.organizationRequired },
      province: { name: 'province', message: t.auth.provinceInvalid },
      currentPassword: { name: 'currentPassword', message: t.account.currentWrong },
      newPassword: { name: 'newPassword', message: t.auth.passwordShort },
      password: { name: 'password', message: t.account.currentWrong },
    });
    // A wrong current password is refused as UNAUTHENTICATED or BAD_USER_INPUT without a field.
    const wrongPassword =
      (intent === 'password' || intent === 'delete') &&
      error instanceof Error &&
      'code' in error &&
      (error.code === 'UNAUTHENTICATED' ||
        (error.code === 'BAD_USER_INPUT' && !messages.fieldErrors.newPassword));
    if (wrongPassword) {
      const field = intent === 'password' ? 'currentPassword' : 'password';
      return fail({ values: {}, fieldErrors: { [field]: t.account.currentWrong } }, 400);
    }
    return fail({ values: intent === 'profile' ? values : {}, ...messages }, statusFor(messages, error));
  }
}

export function meta() {
  return pageMeta(t.account.title);
}

export default function Account() {
  const { me, provinces } = useLoaderData<typeof loader>();
  const failed = useActionData<AccountActionData>();
  const failedFor = (intent: Intent) => (failed?.intent === intent ? failed : undefined);
  const profile = failedFor('profile');
  const profileValues = profile?.values ?? {
    displayName: me.displayName,
    kind: me.kind,
    organizationName: me.organizationName ?? '',
    province: me.province ?? '',
  };
  return (
    <div className="page page--narrow">
      <h1>{t.account.title}</h1>
      <nav aria-label={t.account.sections} className="subnav">
        <ul>
          <li>
            <Link to="/tai-khoan/gop-y">{t.account.myComments}</Link>
          </li>
          <li>
            <a href="#du-lieu">{t.account.dataTitle}</a>
          </li>
          <li>
            <a href="#xoa">{t.account.deleteTitle}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="profile-title" className="card">
        <h2 id="profile-title">{t.account.profile}</h2>
        <p>{t.account.profileIntro}</p>
        <PostForm className="stack-form" noValidate>
          <ErrorSummary
            idPrefix="profile"
            fieldErrors={profile?.fieldErrors}
            formError={profile?.formError}
          />
          <input type="hidden" name="intent" value="profile" />
          <ProfileFields
            provinces={provinces}
            values={profileValues}
            errors={profile?.fieldErrors ?? {}}
            prefix="profile"
          />
          <p className="form-actions">
            <button type="submit" className="button button--primary">
              {t.common.save}
            </button>
          </p>
        </PostForm>
      </section>

      <section aria-labelledby="email-title" className="card">
        <h2 id="email-title">{t.account.email}</h2>
        <p>
          {me.email} · <strong>{me.emailVerified ? t.account.verifiedYes : t.account.verifiedNo}</strong>
        </p>
        {!me.emailVerified && (
          <PostForm>
            <ErrorSummary idPrefix="resend" formError={failedFor('resend')?.formError} />
            <input type="hidden" name="intent" value="resend" />
            <button type="submit" className="button button--secondary">
              {t.account.resend}
            </button>
          </PostForm>
        )}
      </section>

      <section aria-labelledby="mail-title" className="card">
        <h2 id="mail-title">{t.account.mailTitle}</h2>
        <PostForm>
          <ErrorSummary idPrefix="mail" formError={failedFor('mail')?.formError} />
          <input type="hidden" name="intent" value="mail" />
          <label className="choice">
            <input
              type="checkbox"
              name="notifyOnAnswers"
              value="1"
              defaultChecked={me.notifyOnAnswers}
              aria-describedby="mail-hint"
            />{' '}
            {t.account.notifyOnAnswers}
          </label>
          <p className="field__hint" id="mail-hint">
            {me.emailVerified ? t.account.notifyHint : t.account.notifyNeedsVerification}
          </p>
          <p className="form-actions">
            <button type="submit" className="button button--secondary">
              {t.common.save}
            </button>
          </p>
        </PostForm>
      </section>

      <section aria-labelledby="theo-doi" className="card">
        <h2 id="theo-doi">{t.follow.title}</h2>
        <p>{me.followedDrafts.length ? t.follow.intro : t.follow.none}</p>
        {!me.emailVerified && me.followedDrafts.length > 0 && (
          <p className="field__hint">{t.account.notifyNeedsVerification}</p>
        )}
        <ErrorSummary idPrefix="unfollow" formError={failedFor('unfollow')?.formError} />
        <ul className="followed-drafts">
          {me.followedDrafts.map((d) => (
            <li key={d.id}>
              <Link to={draftPath(d.id)}>{d.title}</Link>{' '}
              <span className="muted">({t.status[d.status]})</span>
              <PostForm className="inline-form">
                <input type="hidden" name="intent" value="unfollow" />
                <input type="hidden" name="draftId" value={d.id} />
                <button type="submit" className="link-button" aria-label={t.follow.unfollowOne(d.title)}>
                  {t.follow.unfollow}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="password-title" className="card">
        <h2 id="password-title">{t.account.passwordTitle}</h2>
        <PostForm className="stack-form" noValidate>
          <ErrorSummary
            idPrefix="pw"
            fieldErrors={failedFor('password')?.fieldErrors}
            formError={failedFor('password')?.formError}
          />
          <input type="hidden" name="intent" value="password" />
          <Field
            id="pw-currentPassword"
            label={t.account.currentPassword}
            error={failedFor('password')?.fieldErrors.currentPassword}
          >
            <input type="password" name="currentPassword" autoComplete="current-password" required />
          </Field>
          <Field
            id="pw-newPassword"
            label={t.auth.newPassword}
            hint={t.auth.passwordHint}
            error={failedFor('password')?.fieldErrors.newPassword}
          >
            <input type="password" name="newPassword" autoComplete="new-password" required minLength={10} />
          </Field>
          <p className="form-actions">
            <button type="submit" className="button button--secondary">
              {t.account.passwordSubmit}
            </button>
          </p>
        </PostForm>
      </section>

      <section aria-labelledby="du-lieu" className="card">
        <h2 id="du-lieu">{t.account.dataTitle}</h2>
        <p>{t.account.dataIntro}</p>
        <p>
          <a href="/tai-khoan/du-lieu.json" download className="button button--secondary">
            {t.account.dataDownload}
          </a>
        </p>
      </section>

      <section aria-labelledby="xoa" className="card card--danger">
        <h2 id="xoa">{t.account.deleteTitle}</h2>
        <p>{t.account.deleteIntro}</p>
        <PostForm className="stack-form" noValidate>
          <ErrorSummary
            idPrefix="del"
            fieldErrors={failedFor('delete')?.fieldErrors}
            formError={failedFor('delete')?.formError}
          />
          <input type="hidden" name="intent" value="delete" />
          <Field
            id="del-password"
            label={t.account.deletePassword}
            error={failedFor('delete')?.fieldErrors.password}
          >
            <input type="password" name="password" autoComplete="current-password" required />
          </Field>
          <p className="form-actions">
            <button type="submit" className="button button--danger">
              {t.account.deleteSubmit}
            </button>
          </p>
        </PostForm>
      </section>
    </div>
  );
}
