import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/login';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import { Login } from '../graphql/account.server';
import { t } from '../i18n';
import { emailError, loginErrors } from '../lib/auth-forms.server';
import { formValues, safeNext, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';

export function loader({ request }: Route.LoaderArgs) {
  return { next: safeNext(new URL(request.url).searchParams.get('next')) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const values = formValues(await request.formData());
  const next = safeNext(values.next);
  const fieldErrors: Record<string, string> = {};
  const email = (values.email ?? '').trim();
  const badEmail = emailError(email);
  if (badEmail) fieldErrors.email = badEmail;
  if (!values.password) fieldErrors.password = t.auth.passwordRequired;
  if (Object.keys(fieldErrors).length) {
    return data<FormState>({ values: { email, next }, fieldErrors }, { status: 400 });
  }
  try {
    const { login } = await web.api.run(Login, { input: { email, password: values.password } });
    web.signIn(login);
  } catch (error) {
    const messages = loginErrors(error);
    return data<FormState>({ values: { email, next }, ...messages }, { status: statusFor(messages, error) });
  }
  throw redirect(next, 303);
}

export function meta() {
  return pageMeta(t.auth.loginTitle);
}

export default function LoginPage() {
  const { next } = useLoaderData<typeof loader>();
  const failed = useActionData<FormState>();
  return (
    <div className="page page--narrow">
      <h1>{t.auth.loginTitle}</h1>
      <p>{t.auth.loginIntro}</p>
      <PostForm className="stack-form" noValidate>
        <ErrorSummary idPrefix="login" fieldErrors={failed?.fieldErrors} formError={failed?.formError} />
        <input type="hidden" name="next" value={failed?.values.next ?? next} />
        <Field id="login-email" label={t.auth.email} error={failed?.fieldErrors.email}>
          <input
            type="email"
            name="email"
            autoComplete="email"
            required
            defaultValue={failed?.values.email ?? ''}
          />
        </Field>
        <Field id="login-password" label={t.auth.password} error={failed?.fieldErrors.password}>
          <input type="password" name="password" autoComplete="current-password" required />
        </Field>
        <p className="form-actions">
          <button type="submit" className="button button--primary">
            {t.auth.submitLogin}
          </button>
        </p>
      </PostForm>
      <p>
        <Link to="/quen-mat-khau">{t.auth.forgot}</Link>
      </p>
      <p>
        {t.auth.noAccount}{' '}
        <Link to={`/dang-ky${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t.auth.registerLink}
        </Link>
      </p>
    </div>
  );
}
