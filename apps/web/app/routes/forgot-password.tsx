import { data, redirect, useActionData } from 'react-router';
import type { Route } from './+types/forgot-password';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import { RequestPasswordReset } from '../graphql/account.server';
import { t } from '../i18n';
import { emailError } from '../lib/auth-forms.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { NOTICES, withNotice } from '../lib/notices';

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const values = formValues(await request.formData());
  const email = (values.email ?? '').trim();
  const bad = emailError(email);
  if (bad) return data<FormState>({ values: { email }, fieldErrors: { email: bad } }, { status: 400 });
  try {
    // Always true: the answer never tells whether the address has an account.
    await web.api.run(RequestPasswordReset, { email });
  } catch (error) {
    const messages = messagesForApiError(error);
    return data<FormState>({ values: { email }, ...messages }, { status: statusFor(messages, error) });
  }
  throw redirect(withNotice('/quen-mat-khau', NOTICES.resetSent), 303);
}

export function meta() {
  return pageMeta(t.auth.forgotTitle);
}

export default function ForgotPassword() {
  const failed = useActionData<FormState>();
  return (
    <div className="page page--narrow">
      <h1>{t.auth.forgotTitle}</h1>
      <p>{t.auth.forgotIntro}</p>
      <PostForm className="stack-form" noValidate>
        <ErrorSummary idPrefix="forgot" fieldErrors={failed?.fieldErrors} formError={failed?.formError} />
        <Field id="forgot-email" label={t.auth.email} error={failed?.fieldErrors.email}>
          <input
            type="email"
            name="email"
            autoComplete="email"
            required
            defaultValue={failed?.values.email ?? ''}
          />
        </Field>
        <p className="form-actions">
          <button type="submit" className="button button--primary">
            {t.auth.forgotSubmit}
          </button>
        </p>
      </PostForm>
    </div>
  );
}
