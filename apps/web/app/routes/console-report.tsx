import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/console-report';
import { StatusBadge } from '../components/Badges';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { ReportView } from '../components/ReportView';
import { webContext } from '../context';
import { PublishReport, ReportPage } from '../graphql/console.server';
import { t } from '../i18n';
import { canEdit, requireAgencyRole, requireOfficer } from '../lib/console.server';
import { formatDate } from '../lib/format';
import { formValues, messagesForApiError, statusFor } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { consoleDraftPath, reportPath } from '../lib/paths';

/**
 * The agency's report of a draft (`feedbackReport`): before publishing, the live figures for
 * the agency's officers; EDITORs publish it once the consultation has closed
 * (`publishFeedbackReport`), and download it as .docx and .csv at any time.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const officer = await requireOfficer(web, request);
  const { draft, feedbackReport } = await web.api.run(ReportPage, { draftId: params.draftId });
  if (!draft || !feedbackReport) throw data(null, { status: 404 });
  requireAgencyRole(officer, draft.agency.id, ['EDITOR', 'RESPONDER']);
  const url = new URL(request.url);
  return {
    draft,
    report: feedbackReport,
    editor: canEdit(officer, draft.agency.id),
    published: url.searchParams.has('da-cong-bo'),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const web = context.get(webContext);
  const officer = await requireOfficer(web, request);
  const { draft } = await web.api.run(ReportPage, { draftId: params.draftId });
  if (!draft) throw data(null, { status: 404 });
  requireAgencyRole(officer, draft.agency.id, ['EDITOR']);
  const values = formValues(await request.formData());
  const note = (values.note ?? '').trim();
  // A new version says what changed: the public reads it beside the version (the API takes
  // a note on any publication and requires none; the console asks for it from the second).
  const again = draft.reportVersions.length > 0;
  const fieldErrors: Record<string, string> = {};
  if (again && !note) fieldErrors.note = t.report.noteRequired;
  if (note.length > 2000) fieldErrors.note = t.report.noteTooLong;
  if (Object.keys(fieldErrors).length)
    return data({ fieldErrors, formError: undefined, values }, { status: 422 });
  try {
    await web.api.run(PublishReport, { draftId: draft.id, note: note || null });
  } catch (error) {
    const state = messagesForApiError(error, { note: { name: 'note', message: t.report.noteTooLong } });
    return data({ ...state, values }, { status: statusFor(state, error) });
  }
  throw redirect(`${new URL(request.url).pathname}?da-cong-bo=1`, 303);
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(loaded ? `${t.report.title}: ${loaded.draft.title}` : t.report.title);
}

export default function ConsoleReportPage() {
  const { draft, report, editor, published } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const files = `/quan-ly/du-thao/${draft.id}/tai-ve`;
  return (
    <div className="page page--console">
      <p>
        <Link to={consoleDraftPath(draft.id)}>← {draft.title}</Link>
      </p>
      <h1>{t.report.title}</h1>
      <p className="draft-head__facts">
        {draft.title} · {draft.agency.name} · <StatusBadge status={draft.status} />
      </p>
      {published && (
        <p className="notice notice--success" role="status">
          {t.report.published}
        </p>
      )}
      {failed?.formError && (
        <p className="notice notice--warning" role="alert">
          {failed.formError}
        </p>
      )}
      <p>
        {report.publishedAt ? (
          <>
            {t.report.publishedOn(formatDate(report.publishedAt))} ·{' '}
            <Link to={reportPath(draft.id)}>{t.console.publicPage}</Link>
          </>
        ) : (
          t.report.live
        )}
      </p>
      <section aria-labelledby="tai-bao-cao" className="card">
        <h2 id="tai-bao-cao">{t.report.downloads}</h2>
        <p className="report-links">
          <a href={`${files}/bao-cao.docx`} download>
            {t.report.docx}
          </a>{' '}
          ·{' '}
          <a href={`${files}/bao-cao.csv`} download>
            {t.report.csv}
          </a>
        </p>
        {editor && draft.status === 'CLOSED' && (
          <PostForm className="stack-form" noValidate>
            <ErrorSummary idPrefix="cong-bo" fieldErrors={failed?.fieldErrors} />
            <p className="field__hint">
              {report.publishedAt ? t.report.republishHint : t.report.publishHint}
            </p>
            {report.publishedAt && (
              <Field id="cong-bo-note" label={t.report.note} error={failed?.fieldErrors?.note}>
                <textarea name="note" rows={3} maxLength={2000} defaultValue={failed?.values?.note ?? ''} />
              </Field>
            )}
            <p className="form-actions">
              <button type="submit" className="button button--primary">
                {report.publishedAt ? t.report.republish : t.report.publish}
              </button>
            </p>
          </PostForm>
        )}
        {draft.reportVersions.length > 1 && (
          <>
            <h3>{t.report.versions}</h3>
            <ol reversed>
              {draft.reportVersions.map((v) => (
                <li key={v.version}>
                  <Link
                    to={`${reportPath(draft.id)}${v.version === draft.reportVersions[0].version ? '' : `?phien-ban=${v.version}`}`}
                  >
                    {t.report.versionLink(v.version, formatDate(v.publishedAt))}
                  </Link>
                  {v.note && <span className="muted"> · {v.note}</span>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <ReportView report={report} />
    </div>
  );
}
