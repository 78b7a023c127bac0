import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/register';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import type { AuthorKind } from '../gql/graphql';
import { Provinces, Register } from '../graphql/account.server';
import { t } from '../i18n';
import { emailError, newPasswordError } from '../lib/auth-forms.server';
import { formValues, messagesForApiError, safeNext, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { NOTICES, withNotice } from '../lib/notices';
import { TERMS_VERSION } from './terms';

export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const { provinces } = await web.api.run(Provinces);
  return { provinces, next: safeNext(new URL(request.url).searchParams.get('next')) };
}

const PROFILE_FIELDS = {
  email: { name: 'email', message: t.auth.emailInvalid },
  password: { name: 'password', message: t.auth.passwordShort },
  displayName: { name: 'displayName', message: t.auth.displayNameInvalid },
  organizationName: { name: 'organizationName', message: t.auth.organizationRequired },
  province: { name: 'province', message: t.auth.provinceInvalid },
  acceptedTermsVersion: { name: 'consent', message: t.auth.consentRequired },
};

/** The profile rules said in Vietnamese before a round trip (the API enforces them all). */
export function profileErrors(values: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  const displayName = (values.displayName ?? '').trim();
  if (displayName.length < 2 || displayName.length > 80) errors.displayName = t.auth.displayNameInvalid;
  const organization = (values.organizationName ?? '').trim();
  if (values.kind === 'ORGANIZATION' && (organization.length < 2 || organization.length > 200)) {
    errors.organizationName = t.auth.organizationRequired;
  }
  return errors;
}

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const values = formValues(await request.formData());
  const { password = '', ...kept } = values;
  const next = safeNext(values.next);
  const email = (values.email ?? '').trim();
  const kind: AuthorKind = values.kind === 'ORGANIZATION' ? 'ORGANIZATION' : 'INDIVIDUAL';
  const fieldErrors: Record<string, string> = { ...profileErrors(values) };
  const badEmail = emailError(email);
  if (badEmail) fieldErrors.email = badEmail;
  const badPassword = newPasswordError(password, email);
  if (badPassword) fieldErrors.password = badPassword;
  if (values.consent !== 'yes') fieldErrors.consent = t.auth.consentRequired;
  if (Object.keys(fieldErrors).length) return data<FormState>({ values: kept, fieldErrors }, { status: 400 });
  try {
    const { register } = await web.api.run(Register, {
      input: {
        email,
        password,
        displayName: values.displayName.trim(),
        kind,
        organizationName: kind === 'ORGANIZATION' ? values.organizationName.trim() : undefined,
        province: values.province || undefined,
        acceptedTermsVersion: TERMS_VERSION,
      },
    });
    web.signIn(register);
  } catch (error) {
    const messages =
      error instanceof Error && 'code' in error && error.code === 'CONFLICT'
        ? { fieldErrors: { email: t.auth.emailTaken } }
        : messagesForApiError(error, PROFILE_FIELDS);
    return data<FormState>({ values: kept, ...messages }, { status: statusFor(messages, error) });
  }
  throw redirect(withNotice(next, NOTICES.registered), 303);
}

export function meta() {
  return pageMeta(t.auth.registerTitle);
}

export default function RegisterPage() {
  const { provinces, next } = useLoaderData<typeof loader>();
  const failed = useActionData<FormState>();
  const v = failed?.values ?? {};
  const e = failed?.fieldErrors ?? {};
  return (
    <div className="page page--narrow">
      <h1>{t.auth.registerTitle}</h1>
      <p>{t.auth.registerIntro}</p>
      <PostForm className="stack-form" noValidate>
        <ErrorSummary idPrefix="reg" fieldErrors={e} formError={failed?.formError} />
        <input type="hidden" name="next" value={v.next ?? next} />
        <Field id="reg-email" label={t.auth.email} error={e.email}>
          <input type="email" name="email" autoComplete="email" required defaultValue={v.email ?? ''} />
        </Field>
        <Field id="reg-password" label={t.auth.password} hint={t.auth.passwordHint} error={e.password}>
          <input type="password" name="password" autoComplete="new-password" required minLength={10} />
        </Field>
        <ProfileFields provinces={provinces} values={v} errors={e} prefix="reg" />
        <div className={e.consent ? 'field field--error' : 'field'}>
          {e.consent && (
            <p id="reg-consent-error" className="field__error">
              {e.consent}
            </p>
          )}
          <label className="choice choice--check">
            <input
              id="reg-consent"
              type="checkbox"
              name="consent"
              value="yes"
              defaultChecked={v.consent === 'yes'}
              aria-invalid={e.consent ? true : undefined}
              aria-describedby={e.consent ? 'reg-consent-error' : undefined}
            />
            <span>
              {t.auth.consentLead} <Link to="/dieu-khoan-su-dung">{t.auth.consentTerms}</Link>{' '}
              {t.auth.consentAnd} <Link to="/quyen-rieng-tu">{t.auth.consentPrivacy}</Link>.
            </span>
          </label>
        </div>
        <p className="form-actions">
          <button type="submit" className="button button--primary">
            {t.auth.submitRegister}
          </button>
        </p>
      </PostForm>
      <p>
        {t.auth.haveAccount}{' '}
        <Link to={`/dang-nhap${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t.auth.loginTitle}
        </Link>
      </p>
    </div>
  );
}

/** Display name, kind, organisation and province: shared by registration and the profile page. */
export function ProfileFields({
  provinces,
  values,
  errors,
  prefix,
}: {
  provinces: readonly string[];
  values: Record<string, string>;
  errors: Record<string, string>;
  prefix: string;
}) {
  const kind = values.kind === 'ORGANIZATION' ? 'ORGANIZATION' : 'INDIVIDUAL';
  return (
    <>
      <Field
        id={`${prefix}-displayName`}
        label={t.auth.displayName}
        hint={t.auth.displayNameHint}
        error={errors.displayName}
      >
        <input
          type="text"
          name="displayName"
          autoComplete="nickname"
          required
          maxLength={80}
          defaultValue={values.displayName ?? ''}
        />
      </Field>
      <fieldset className="choices">
        <legend>{t.auth.kind}</legend>
        {(['INDIVIDUAL', 'ORGANIZATION'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="kind" value={k} defaultChecked={kind === k} />
            {t.authorKind[k]}
          </label>
        ))}
      </fieldset>
      <Field
        id={`${prefix}-organizationName`}
        label={t.auth.organizationName}
        hint={t.auth.organizationHint}
        error={errors.organizationName}
      >
        <input
          type="text"
          name="organizationName"
          autoComplete="organization"
          maxLength={200}
          defaultValue={values.organizationName ?? ''}
        />
      </Field>
      <Field
        id={`${prefix}-province`}
        label={t.auth.province}
        hint={t.auth.provinceHint}
        error={errors.province}
      >
        <select name="province" defaultValue={values.province ?? ''}>
          <option value="">{t.auth.provinceNone}</option>
          {provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
