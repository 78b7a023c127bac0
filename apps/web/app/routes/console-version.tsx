import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/console-version';
import { ChangeList } from '../components/ChangeList';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext, type WebContext } from '../context';
import { AddDraftVersion, DraftVersions, ScheduleConsultation } from '../graphql/console.server';
import { DraftDiff } from '../graphql/drafts.server';
import { t } from '../i18n';
import { ApiError } from '../lib/api.server';
import { requireAgencyRole, requireOfficer } from '../lib/console.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { consoleDraftPath } from '../lib/paths';

/**
 * A new version of a draft (EDITOR): the file is stored unpublished (`addDraftVersion`), its
 * changes against the version the public reads are shown (`draftDiff`) with the parser's
 * warnings, and only then is it published ("Công bố": `scheduleConsultation` with the same
 * window publishes the latest version). Until then the public keeps reading the old one.
 */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

async function load(web: WebContext, request: Request, draftId: string) {
  const officer = await requireOfficer(web, request);
  const { draft } = await web.api.run(DraftVersions, { id: draftId });
  if (!draft) throw data(null, { status: 404 });
  requireAgencyRole(officer, draft.agency.id, ['EDITOR']);
  const published =
    draft.versions.filter((v) => v.publishedAt).sort((a, b) => b.number - a.number)[0] ?? null;
  const latest = [...draft.versions].sort((a, b) => b.number - a.number)[0];
  const pending =
    latest && !latest.publishedAt && published && latest.number > published.number ? latest : null;
  return { draft, published, pending };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const { draft, published, pending } = await load(web, request, params.draftId);
  const changes =
    pending && published
      ? (await web.api.run(DraftDiff, { from: published.id, to: pending.id })).draftDiff
      : null;
  return { draft, published, pending, changes };
}

type ActionData = FormState & { intent: string };

export async function action({ request, context, params }: Route.ActionArgs) {
  const web = context.get(webContext);
  const { draft, pending } = await load(web, request, params.draftId);
  const form = await request.formData();
  const values = formValues(form);
  const intent = values.intent ?? '';
  const fail = (state: Omit<FormState, 'values'>, error?: unknown) =>
    data<ActionData>({ ...state, values, intent }, { status: statusFor(state, error) });
  if (intent === 'upload') {
    const file = form.get('file');
    if (
      !(file instanceof File) ||
      file.size === 0 ||
      file.size > MAX_FILE_BYTES ||
      !/\.(docx|pdf|txt)$/i.test(file.name)
    ) {
      return fail({ fieldErrors: { file: t.importDraft.fileType } });
    }
    try {
      await web.api.run(AddDraftVersion, {
        draftId: draft.id,
        input: {
          publish: false,
          changeNote: (values.changeNote ?? '').trim() || undefined,
          source: { base64: Buffer.from(await file.arrayBuffer()).toString('base64'), filename: file.name },
        },
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        return fail(
          { fieldErrors: { file: t.importDraft.unreadable(error.errors[0]?.message ?? '') } },
          error,
        );
      }
      return fail(messagesForApiError(error), error);
    }
    throw redirect(new URL(request.url).pathname, 303);
  }
  if (intent === 'publish' && pending) {
    if (!draft.opensAt || !draft.closesAt)
      return fail({ fieldErrors: {}, formError: t.version.scheduleFirst });
    try {
      await web.api.run(ScheduleConsultation, {
        draftId: draft.id,
        opensAt: draft.opensAt,
        closesAt: draft.closesAt,
      });
    } catch (error) {
      return fail(messagesForApiError(error), error);
    }
    throw redirect(`${consoleDraftPath(draft.id)}?phien-ban=${pending.number}`, 303);
  }
  throw data(null, { status: 400 });
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return pageMeta(loaded ? `${t.version.title}: ${loaded.draft.title}` : t.version.title);
}

export default function NewVersionPage() {
  const { draft, published, pending, changes } = useLoaderData<typeof loader>();
  const failed = useActionData<ActionData>();
  const failedFor = (intent: string) => (failed?.intent === intent ? failed : undefined);
  return (
    <div className="page page--console">
      <p>
        <Link to={consoleDraftPath(draft.id)}>← {draft.title}</Link>
      </p>
      <h1>{t.version.title}</h1>
      <p>{t.version.intro(published?.number ?? 0)}</p>
      {pending && (
        <section aria-labelledby="thay-doi" className="card diff-list">
          <h2 id="thay-doi">{t.draft.diffTitle(published.number, pending.number)}</h2>
          {pending.changeNote && (
            <p>
              <strong>{t.draft.changeNote}:</strong> {pending.changeNote}
            </p>
          )}
          {pending.warnings.length > 0 && (
            <div className="notice notice--warning">
              <h3>{t.importDraft.warnings}</h3>
              <ul>
                {pending.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <ChangeList changes={changes ?? []} />
          <PostForm className="stack-form">
            <input type="hidden" name="intent" value="publish" />
            <ErrorSummary idPrefix="cb" formError={failedFor('publish')?.formError} />
            <p className="field__hint">{t.version.publishHint}</p>
            <p className="form-actions">
              <button type="submit" className="button button--primary">
                {t.version.publish(pending.number)}
              </button>
            </p>
          </PostForm>
        </section>
      )}
      <PostForm className="stack-form card" encType="multipart/form-data" noValidate>
        <h2>{pending ? t.version.replace : t.version.upload}</h2>
        <input type="hidden" name="intent" value="upload" />
        <ErrorSummary
          idPrefix="pb"
          fieldErrors={failedFor('upload')?.fieldErrors}
          formError={failedFor('upload')?.formError}
        />
        <Field
          id="pb-file"
          label={t.importDraft.file}
          hint={t.importDraft.fileHint}
          error={failedFor('upload')?.fieldErrors.file}
        >
          <input type="file" name="file" accept=".docx,.pdf,.txt" />
        </Field>
        <Field id="pb-changeNote" label={t.draft.changeNote}>
          <textarea
            name="changeNote"
            rows={2}
            maxLength={5000}
            defaultValue={failedFor('upload')?.values.changeNote ?? ''}
          />
        </Field>
        <p className="form-actions">
          <button type="submit" className="button button--secondary">
            {t.version.uploadSubmit}
          </button>
        </p>
      </PostForm>
    </div>
  );
}
