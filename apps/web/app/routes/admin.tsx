import { data, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/admin';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import type { AgencyKind, AgencyRole } from '../gql/graphql';
import { AddAgencyMember, AdminPage, CreateAgency, FindUserByEmail } from '../graphql/console.server';
import { t } from '../i18n';
import { requireAdmin } from '../lib/console.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';

/**
 * Administration (ADMIN): agencies (list, create), appointing an officer by e-mail, and
 * finding accounts by e-mail. The only page that shows e-mail addresses, and only to admins
 * (the API refuses `users` and `User.email` of others to anyone else).
 */
const KINDS: AgencyKind[] = ['MINISTRY', 'NATIONAL_ASSEMBLY', 'PROVINCE', 'OTHER'];
const ROLES: AgencyRole[] = ['EDITOR', 'RESPONDER'];

export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  await requireAdmin(web, request);
  const url = new URL(request.url);
  const email = url.searchParams.get('email')?.trim() || null;
  const page = await web.api.run(AdminPage, { email, search: email !== null });
  return { ...page, email, done: url.searchParams.get('xong') };
}

type ActionData = FormState & { intent: string };

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  await requireAdmin(web, request);
  const values = formValues(await request.formData());
  const intent = values.intent ?? '';
  const fail = (state: Omit<FormState, 'values'>, error?: unknown) =>
    data<ActionData>({ ...state, values, intent }, { status: statusFor(state, error) });
  if (intent === 'agency') {
    const code = (values.code ?? '').trim().toUpperCase();
    const name = (values.name ?? '').trim();
    const kind = KINDS.find((k) => k === values.kind) ?? 'OTHER';
    const fieldErrors: Record<string, string> = {};
    if (!code) fieldErrors.code = t.admin.codeRequired;
    if (!name) fieldErrors.name = t.admin.nameRequired;
    if (Object.keys(fieldErrors).length) return fail({ fieldErrors });
    try {
      await web.api.run(CreateAgency, { input: { code, name, kind } });
    } catch (error) {
      return fail(
        messagesForApiError(error, {
          code: { name: 'code', message: t.admin.codeRequired },
          name: { name: 'name', message: t.admin.nameRequired },
        }),
        error,
      );
    }
    throw redirect('/quan-tri?xong=co-quan', 303);
  }
  if (intent === 'appoint') {
    const email = (values.email ?? '').trim();
    const role = ROLES.find((r) => r === values.role);
    const agencyId = values.agencyId ?? '';
    if (!email) return fail({ fieldErrors: { email: t.admin.emailNotFound } });
    try {
      const { users } = await web.api.run(FindUserByEmail, { email });
      // The search matches parts of addresses: appoint only the account with exactly this one.
      const user = users.edges.find((e) => e.node.email.toLowerCase() === email.toLowerCase())?.node;
      if (!user) return fail({ fieldErrors: { email: t.admin.emailNotFound } });
      await web.api.run(AddAgencyMember, { agencyId, userId: user.id, role: role ?? 'RESPONDER' });
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    throw redirect('/quan-tri?xong=bo-nhiem', 303);
  }
  throw data(null, { status: 400 });
}

export function meta() {
  return pageMeta(t.admin.title);
}

export default function AdminRoute() {
  const { agencies, users, email, done } = useLoaderData<typeof loader>();
  const failed = useActionData<ActionData>();
  const failedFor = (intent: string) => (failed?.intent === intent ? failed : undefined);
  return (
    <div className="page page--console">
      <h1>{t.admin.title}</h1>
      <p>{t.admin.intro}</p>
      {done && (
        <p className="notice notice--success" role="status">
          {done === 'co-quan' ? t.admin.agencyCreated : t.admin.appointed}
        </p>
      )}
      <section aria-labelledby="co-quan" className="console-section">
        <h2 id="co-quan">{t.admin.agencies}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.admin.code}</th>
                <th scope="col">{t.admin.name}</th>
                <th scope="col">{t.admin.kind}</th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((a) => (
                <tr key={a.id}>
                  <td>{a.code}</td>
                  <th scope="row">{a.name}</th>
                  <td>{t.admin.kinds[a.kind] ?? a.kind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="console-columns">
        <PostForm className="stack-form card" noValidate aria-labelledby="them-co-quan">
          <h2 id="them-co-quan">{t.admin.createAgency}</h2>
          <input type="hidden" name="intent" value="agency" />
          <ErrorSummary
            idPrefix="cq"
            fieldErrors={failedFor('agency')?.fieldErrors}
            formError={failedFor('agency')?.formError}
          />
          <Field id="cq-code" label={t.admin.code} error={failedFor('agency')?.fieldErrors.code}>
            <input
              type="text"
              name="code"
              maxLength={20}
              defaultValue={failedFor('agency')?.values.code ?? ''}
            />
          </Field>
          <Field id="cq-name" label={t.admin.name} error={failedFor('agency')?.fieldErrors.name}>
            <input
              type="text"
              name="name"
              maxLength={300}
              defaultValue={failedFor('agency')?.values.name ?? ''}
            />
          </Field>
          <Field id="cq-kind" label={t.admin.kind}>
            <select name="kind" defaultValue={failedFor('agency')?.values.kind ?? 'MINISTRY'}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.admin.kinds[k]}
                </option>
              ))}
            </select>
          </Field>
          <p className="form-actions">
            <button type="submit" className="button button--secondary">
              {t.admin.createSubmit}
            </button>
          </p>
        </PostForm>
        <PostForm className="stack-form card" noValidate aria-labelledby="bo-nhiem">
          <h2 id="bo-nhiem">{t.admin.appoint}</h2>
          <p className="field__hint">{t.admin.appointHint}</p>
          <input type="hidden" name="intent" value="appoint" />
          <ErrorSummary
            idPrefix="bn"
            fieldErrors={failedFor('appoint')?.fieldErrors}
            formError={failedFor('appoint')?.formError}
          />
          <Field id="bn-agencyId" label={t.admin.agencies}>
            <select name="agencyId" defaultValue={failedFor('appoint')?.values.agencyId}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="bn-email" label={t.admin.email} error={failedFor('appoint')?.fieldErrors.email}>
            <input
              type="email"
              name="email"
              autoComplete="off"
              defaultValue={failedFor('appoint')?.values.email ?? ''}
            />
          </Field>
          <fieldset className="filters__group">
            <legend>{t.admin.role}</legend>
            {ROLES.map((r) => (
              <label key={r} className="choice">
                <input
                  type="radio"
                  name="role"
                  value={r}
                  defaultChecked={(failedFor('appoint')?.values.role ?? 'RESPONDER') === r}
                />{' '}
                {t.admin.roles[r]}
              </label>
            ))}
          </fieldset>
          <p className="form-actions">
            <button type="submit" className="button button--secondary">
              {t.admin.appointSubmit}
            </button>
          </p>
        </PostForm>
      </div>
      <section aria-labelledby="tai-khoan" className="console-section">
        <h2 id="tai-khoan">{t.admin.users}</h2>
        <form method="get" className="filters">
          <div className="field">
            <label htmlFor="tim-email" className="field__label">
              {t.admin.email}
            </label>
            <input id="tim-email" type="search" name="email" defaultValue={email ?? ''} />
          </div>
          <p className="form-actions">
            <button type="submit" className="button button--secondary">
              {t.admin.search}
            </button>
          </p>
        </form>
        {users &&
          (users.edges.length === 0 ? (
            <p className="empty">{t.admin.noUsers}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">{t.admin.found(users.totalCount)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.admin.email}</th>
                    <th scope="col">{t.admin.displayName}</th>
                    <th scope="col">{t.admin.globalRoles}</th>
                    <th scope="col">{t.admin.memberships}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.edges.map(({ node: u }) => (
                    <tr key={u.id}>
                      <th scope="row">{u.email}</th>
                      <td>{u.displayName}</td>
                      <td>{u.roles.join(', ')}</td>
                      <td>
                        {u.memberships
                          .map((m) => `${m.agency.code}: ${t.console.role[m.role] ?? m.role}`)
                          .join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
    </div>
  );
}
