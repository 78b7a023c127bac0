import { data, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/reset-password';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import { ResetPassword } from '../graphql/account.server';
import { t } from '../i18n';
import { newPasswordError } from '../lib/auth-forms.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { NOTICES, withNotice } from '../lib/notices';

/** Opened from the reset mail (`?token=…`); the token travels on in a hidden field, never in logs. */
export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const values = formValues(await request.formData());
  const token = values.token ?? '';
  if (!token)
    return data<FormState>({ values: {}, fieldErrors: {}, formError: t.auth.tokenMissing }, { status: 400 });
  const bad = newPasswordError(values.password ?? '');
  if (bad) return data<FormState>({ values: { token }, fieldErrors: { password: bad } }, { status: 400 });
  try {
    await web.api.run(ResetPassword, { token, password: values.password });
  } catch (error) {
    const messages = messagesForApiError(error, {
      token: { name: 'token', message: t.auth.tokenInvalid },
      newPassword: { name: 'password', message: t.auth.passwordShort },
    });
    const tokenBad = 'token' in messages.fieldErrors;
    return data<FormState>(
      {
        values: { token },
        fieldErrors: tokenBad ? {} : messages.fieldErrors,
        formError: tokenBad ? t.auth.tokenInvalid : messages.formError,
      },
      { status: statusFor(messages, error) },
    );
  }
  // Every session ended with the reset (this browser's too).
  web.signOut();
  throw redirect(withNotice('/dang-nhap', NOTICES.passwordReset), 303);
}

export function meta() {
  return pageMeta(t.auth.resetTitle);
}

export default function ResetPasswordPage() {
  const { token } = useLoaderData<typeof loader>();
  const failed = useActionData<FormState>();
  const current = failed?.values.token ?? token;
  return (
    <div className="page page--narrow">
      <h1>{t.auth.resetTitle}</h1>
      {!current ? (
        <p className="notice notice--warning">{t.auth.tokenMissing}</p>
      ) : (
        <PostForm className="stack-form" noValidate>
          <ErrorSummary idPrefix="reset" fieldErrors={failed?.fieldErrors} formError={failed?.formError} />
          <input type="hidden" name="token" value={current} />
          <Field
            id="reset-password"
            label={t.auth.newPassword}
            hint={t.auth.passwordHint}
            error={failed?.fieldErrors.password}
          >
            <input type="password" name="password" autoComplete="new-password" required minLength={10} />
          </Field>
          <p className="form-actions">
            <button type="submit" className="button button--primary">
              {t.auth.resetSubmit}
            </button>
          </p>
        </PostForm>
      )}
    </div>
  );
}
