import { data, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/admin';
import { ChoiceGroup, ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import type { AgencyKind, AgencyRole, GrantableRole } from '../gql/graphql';
import {
  AddAgencyMember,
  AdminPage,
  CreateAgency,
  FindUserByEmail,
  GrantRole,
  RemoveAgencyMember,
  RevokeRole,
} from '../graphql/console.server';
import { ApiError } from '../lib/api.server';
import { t } from '../i18n';
import { requireAdmin } from '../lib/console.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { formatDate } from '../lib/format';
import { pageMeta } from '../lib/meta';

/**
 * Administration (ADMIN): agencies (list, create), appointing an officer by e-mail, and
 * finding accounts by e-mail. The only page that shows e-mail addresses, and only to admins
 * (the API refuses `users` and `User.email` of others to anyone else).
 */
const KINDS: AgencyKind[] = ['MINISTRY', 'NATIONAL_ASSEMBLY', 'PROVINCE', 'OTHER'];
const ROLES: AgencyRole[] = ['EDITOR', 'RESPONDER'];
const GLOBAL_ROLES: GrantableRole[] = ['MODERATOR', 'ADMIN'];
const DONE: Record<string, string> = {
  'co-quan': t.admin.agencyCreated,
  'bo-nhiem': t.admin.appointed,
  'bo-vai-tro': t.admin.removed,
  'cap-quyen': t.admin.granted,
  'thu-hoi': t.admin.revoked,
};

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
  if (intent === 'remove') {
    const role = ROLES.find((r) => r === values.role);
    if (!role) throw data(null, { status: 400 });
    try {
      await web.api.run(RemoveAgencyMember, {
        agencyId: values.agencyId ?? '',
        userId: values.userId ?? '',
        role,
      });
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    throw redirect('/quan-tri?xong=bo-vai-tro', 303);
  }
  if (intent === 'grant' || intent === 'revoke') {
    const role = GLOBAL_ROLES.find((r) => r === values.role);
    if (!role) throw data(null, { status: 400 });
    try {
      const target = { userId: values.userId ?? '', role };
      if (intent === 'grant') await web.api.run(GrantRole, target);
      else await web.api.run(RevokeRole, target);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        return fail({ fieldErrors: {}, formError: t.admin.lastAdmin }, error);
      }
      return fail(messagesForApiError(error), error);
    }
    const back = new URLSearchParams({
      email: values.email ?? '',
      xong: intent === 'grant' ? 'cap-quyen' : 'thu-hoi',
    });
    throw redirect(`/quan-tri?${back}`, 303);
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
      {done && DONE[done] && (
        <p className="notice notice--success" role="status">
          {DONE[done]}
        </p>
      )}
      {failed?.formError && ['remove', 'grant', 'revoke'].includes(failed.intent) && (
        <p className="notice notice--warning" role="alert">
          {failed.formError}
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
      <section aria-labelledby="can-bo" className="console-section">
        <h2 id="can-bo">{t.admin.officers}</h2>
        {agencies.map((a) => (
          <div key={a.id}>
            <h3>{a.name}</h3>
            {!a.members?.length ? (
              <p className="muted">{t.admin.noOfficers}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t.admin.displayName}</th>
                      <th scope="col">{t.admin.email}</th>
                      <th scope="col">{t.admin.role}</th>
                      <th scope="col">{t.admin.since}</th>
                      <th scope="col">{t.admin.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.members.map((m) => (
                      <tr key={`${m.userId}-${m.role}`}>
                        <th scope="row">{m.displayName}</th>
                        <td>{m.email}</td>
                        <td>{t.admin.roles[m.role] ?? m.role}</td>
                        <td>{formatDate(m.since)}</td>
                        <td>
                          <PostForm className="inline-form">
                            <input type="hidden" name="intent" value="remove" />
                            <input type="hidden" name="agencyId" value={a.id} />
                            <input type="hidden" name="userId" value={m.userId} />
                            <input type="hidden" name="role" value={m.role} />
                            <button
                              type="submit"
                              className="button button--secondary"
                              aria-label={t.admin.remove(m.displayName)}
                            >
                              {t.admin.removeShort}
                            </button>
                          </PostForm>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ))}
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
          <ChoiceGroup
            legend={t.admin.role}
            type="radio"
            name="role"
            options={ROLES.map((v) => ({ value: v, label: t.admin.roles[v] }))}
            checked={(v) => (failedFor('appoint')?.values.role ?? 'RESPONDER') === v}
          />
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
                    <th scope="col">{t.admin.actions}</th>
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
                      <td>
                        {GLOBAL_ROLES.map((r) => {
                          const has = u.roles.includes(r);
                          return (
                            <PostForm key={r} className="inline-form">
                              <input type="hidden" name="intent" value={has ? 'revoke' : 'grant'} />
                              <input type="hidden" name="userId" value={u.id} />
                              <input type="hidden" name="role" value={r} />
                              <input type="hidden" name="email" value={email ?? ''} />
                              <button type="submit" className="button button--secondary">
                                {(has ? t.admin.revoke : t.admin.grant)(t.admin.globalRole[r])}
                              </button>
                            </PostForm>
                          );
                        })}
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
