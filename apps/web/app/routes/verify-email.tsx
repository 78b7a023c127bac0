import { data, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/verify-email';
import { ErrorSummary, PostForm } from '../components/Forms';
import { webContext } from '../context';
import { VerifyEmail } from '../graphql/account.server';
import { t } from '../i18n';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { NOTICES, withNotice } from '../lib/notices';

/**
 * Opened from the verification mail. Verifying takes a button press (a POST), not the GET of
 * the link itself: mail scanners that open links must not use up the single-use token.
 */
export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const { token = '' } = formValues(await request.formData());
  if (!token)
    return data<FormState>({ values: {}, fieldErrors: {}, formError: t.auth.tokenMissing }, { status: 400 });
  try {
    await web.api.run(VerifyEmail, { token });
  } catch (error) {
    const messages = messagesForApiError(error);
    const invalid = error instanceof Error && 'code' in error && error.code === 'BAD_USER_INPUT';
    return data<FormState>(
      { values: { token }, fieldErrors: {}, formError: invalid ? t.auth.tokenInvalid : messages.formError },
      { status: statusFor(messages, error) },
    );
  }
  throw redirect(withNotice(web.api.signedIn ? '/tai-khoan' : '/dang-nhap', NOTICES.verified), 303);
}

export function meta() {
  return pageMeta(t.auth.verifyTitle);
}

export default function VerifyEmailPage() {
  const { token } = useLoaderData<typeof loader>();
  const failed = useActionData<FormState>();
  return (
    <div className="page page--narrow">
      <h1>{t.auth.verifyTitle}</h1>
      {!token ? (
        <p className="notice notice--warning">{t.auth.tokenMissing}</p>
      ) : (
        <PostForm className="stack-form">
          <ErrorSummary idPrefix="verify" formError={failed?.formError} />
          <p>{t.auth.verifyIntro}</p>
          <input type="hidden" name="token" value={token} />
          <p className="form-actions">
            <button type="submit" className="button button--primary">
              {t.auth.verifySubmit}
            </button>
          </p>
        </PostForm>
      )}
    </div>
  );
}
