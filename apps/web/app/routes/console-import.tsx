import { data, Link, redirect, useActionData, useLoaderData } from 'react-router';
import type { Route } from './+types/console-import';
import { ErrorSummary, Field, PostForm } from '../components/Forms';
import { webContext } from '../context';
import type { DocType } from '../gql/graphql';
import { CreateDraft, PreviewDraft } from '../graphql/console.server';
import { t } from '../i18n';
import { ApiError } from '../lib/api.server';
import { requireOfficer } from '../lib/console.server';
import { formValues, messagesForApiError, statusFor, type FormState } from '../lib/forms.server';
import { pageMeta } from '../lib/meta';
import { CONSOLE_PATH, consoleDraftPath } from '../lib/paths';
import { dropUpload, readUpload, saveUpload } from '../lib/uploads.server';

/**
 * Import (EDITOR): choose a .docx, .pdf or .txt; see the outline the parser reads and its
 * warnings before anything is stored (`parseDraft`), with the header filled in and editable;
 * then create the draft (`createDraft`, version 1, unpublished). Two plain forms: the file
 * waits on the server between them (lib/uploads.server.ts).
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const TYPES = ['.docx', '.pdf', '.txt'];
const DOC_TYPES: DocType[] = ['LAW', 'ORDINANCE', 'RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR', 'OTHER'];

interface OutlineNode {
  kind: string;
  label: string;
  heading: string | null;
  children: OutlineNode[];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const web = context.get(webContext);
  const officer = await requireOfficer(web, request);
  const agencies = [...officer.agencies]
    .filter(([, a]) => a.roles.has('EDITOR'))
    .map(([id, a]) => ({ id, name: a.name }));
  if (!agencies.length) throw data(null, { status: 403 });
  return { agencies };
}

type ActionData = FormState & {
  preview?: {
    token: string;
    filename: string;
    agencyId: string;
    title: string;
    docType: DocType;
    number: string | null;
    issuer: string | null;
    warnings: string[];
    outline: {
      label: string;
      heading: string | null;
      articles: { label: string; heading: string | null; parts: number }[];
    }[];
    articles: number;
    clauses: number;
  };
};

export async function action({ request, context }: Route.ActionArgs) {
  const web = context.get(webContext);
  const officer = await requireOfficer(web, request);
  const ownerId = officer.userId;
  const form = await request.formData();
  const values = formValues(form);
  const fail = (state: Omit<ActionData, 'values'>, error?: unknown) =>
    data<ActionData>({ ...state, values }, { status: statusFor(state, error) });
  const agencyId = values.agencyId ?? '';
  if (!officer.agencies.get(agencyId)?.roles.has('EDITOR')) throw data(null, { status: 403 });

  if (values.intent === 'preview') {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail({ fieldErrors: { file: t.importDraft.fileRequired } });
    const filename = file.name;
    if (!TYPES.some((ext) => filename.toLowerCase().endsWith(ext)))
      return fail({ fieldErrors: { file: t.importDraft.fileType } });
    if (file.size > MAX_FILE_BYTES) return fail({ fieldErrors: { file: t.importDraft.fileTooLarge } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    let parsed;
    try {
      parsed = (
        await web.api.run(PreviewDraft, {
          source: { base64: Buffer.from(bytes).toString('base64'), filename },
        })
      ).parseDraft;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        return fail(
          { fieldErrors: { file: t.importDraft.unreadable(error.errors[0]?.message ?? '') } },
          error,
        );
      }
      return fail(messagesForApiError(error), error);
    }
    const token = await saveUpload(ownerId, filename, bytes);
    const nodes = (JSON.parse(parsed.json) as { nodes: OutlineNode[] }).nodes;
    return data<ActionData>({
      values,
      fieldErrors: {},
      preview: {
        token,
        filename,
        agencyId,
        ...summarise(nodes),
        title: parsed.title ?? '',
        docType: parsed.docType,
        number: parsed.number ?? null,
        issuer: parsed.issuer ?? null,
        warnings: parsed.warnings,
      },
    });
  }

  if (values.intent === 'create') {
    const upload = await readUpload(ownerId, values.token ?? '');
    if (!upload) return fail({ fieldErrors: {}, formError: t.importDraft.expired });
    const title = (values.title ?? '').trim();
    const docType = DOC_TYPES.find((d) => d === values.docType) ?? 'OTHER';
    const preview = JSON.parse(values.preview ?? 'null') as ActionData['preview'];
    if (!title)
      return fail({ fieldErrors: { title: t.importDraft.titleRequired }, preview: preview ?? undefined });
    let id: string;
    try {
      id = (
        await web.api.run(CreateDraft, {
          input: {
            agencyId,
            title,
            docType,
            summary: (values.summary ?? '').trim() || undefined,
            // The editor's corrections of what the parser read ("" clears a field).
            documentNumber: (values.documentNumber ?? '').trim(),
            issuer: (values.issuer ?? '').trim(),
            source: { base64: upload.bytes.toString('base64'), filename: upload.filename },
          },
        })
      ).createDraft.id;
    } catch (error) {
      return fail(
        {
          ...messagesForApiError(error, { title: { name: 'title', message: t.importDraft.titleRequired } }),
          preview: preview ?? undefined,
        },
        error,
      );
    }
    await dropUpload(values.token ?? '');
    throw redirect(`${consoleDraftPath(id)}?da-tao=1`, 303);
  }
  throw data(null, { status: 400 });
}

/** Chapters (or the document itself) with their articles, and the counts of the whole. */
function summarise(nodes: OutlineNode[]) {
  let articles = 0;
  let clauses = 0;
  const count = (n: OutlineNode): number => n.children.reduce((k, c) => k + 1 + count(c), 0);
  const groups: NonNullable<ActionData['preview']>['outline'] = [];
  const visit = (list: OutlineNode[], group: (typeof groups)[number] | null) => {
    for (const n of list) {
      if (n.kind === 'ARTICLE') {
        articles += 1;
        const parts = count(n);
        clauses += parts;
        let into = group;
        if (!into) {
          into = { label: '', heading: null, articles: [] };
          groups.push(into);
        }
        into.articles.push({ label: n.label, heading: n.heading, parts });
      } else if (n.kind === 'CLAUSE' || n.kind === 'POINT') {
        clauses += 1 + count(n);
      } else {
        const next = { label: n.label, heading: n.heading, articles: [] };
        groups.push(next);
        visit(n.children, next);
      }
    }
  };
  visit(nodes, null);
  return { outline: groups.filter((g) => g.articles.length || g.label), articles, clauses };
}

export function meta() {
  return pageMeta(t.importDraft.title);
}

export default function ImportPage() {
  const { agencies } = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const preview = result?.preview;
  return (
    <div className="page page--console">
      <p>
        <Link to={CONSOLE_PATH}>{t.console.back}</Link>
      </p>
      <h1>{t.importDraft.title}</h1>
      {!preview ? (
        <>
          <p>{t.importDraft.intro}</p>
          <PostForm className="stack-form card" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="preview" />
            <ErrorSummary idPrefix="nhap" fieldErrors={result?.fieldErrors} formError={result?.formError} />
            <Field id="nhap-agencyId" label={t.importDraft.agency}>
              <select name="agencyId" defaultValue={result?.values.agencyId ?? agencies[0].id}>
                {agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="nhap-file"
              label={t.importDraft.file}
              hint={t.importDraft.fileHint}
              error={result?.fieldErrors.file}
            >
              <input type="file" name="file" accept=".docx,.pdf,.txt" required />
            </Field>
            <p className="form-actions">
              <button type="submit" className="button button--primary">
                {t.importDraft.previewSubmit}
              </button>
            </p>
          </PostForm>
        </>
      ) : (
        <>
          <h2>{t.importDraft.previewTitle(preview.filename)}</h2>
          <p>
            <strong>{t.importDraft.structure(preview.articles, preview.clauses)}</strong>
          </p>
          <section
            aria-labelledby="canh-bao"
            className={preview.warnings.length ? 'notice notice--warning' : 'notice notice--muted'}
          >
            <h3 id="canh-bao">{t.importDraft.warnings}</h3>
            {preview.warnings.length ? (
              <ul>
                {preview.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : (
              <p>{t.importDraft.noWarnings}</p>
            )}
          </section>
          <PostForm className="stack-form card" noValidate>
            <h3>{t.importDraft.header}</h3>
            <p className="field__hint">{t.importDraft.headerHint}</p>
            <ErrorSummary idPrefix="tao" fieldErrors={result?.fieldErrors} formError={result?.formError} />
            <input type="hidden" name="intent" value="create" />
            <input type="hidden" name="token" value={preview.token} />
            <input type="hidden" name="agencyId" value={preview.agencyId} />
            <input type="hidden" name="preview" value={JSON.stringify(preview)} />
            <Field id="tao-title" label={t.importDraft.docTitle} error={result?.fieldErrors.title}>
              <input
                type="text"
                name="title"
                maxLength={500}
                defaultValue={result?.values.title ?? preview.title}
              />
            </Field>
            <Field id="tao-docType" label={t.importDraft.docType}>
              <select name="docType" defaultValue={result?.values.docType ?? preview.docType}>
                {DOC_TYPES.map((d) => (
                  <option key={d} value={d}>
                    {t.docType[d]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="tao-documentNumber" label={t.importDraft.number}>
              <input
                type="text"
                name="documentNumber"
                maxLength={100}
                defaultValue={result?.values.documentNumber ?? preview.number ?? ''}
              />
            </Field>
            <Field id="tao-issuer" label={t.importDraft.issuer}>
              <input
                type="text"
                name="issuer"
                maxLength={300}
                defaultValue={result?.values.issuer ?? preview.issuer ?? ''}
              />
            </Field>
            <Field id="tao-summary" label={t.importDraft.summary}>
              <textarea
                name="summary"
                rows={3}
                maxLength={5000}
                defaultValue={result?.values.summary ?? ''}
              />
            </Field>
            <p className="form-actions">
              <button type="submit" className="button button--primary">
                {t.importDraft.createSubmit}
              </button>{' '}
              <Link to="/quan-ly/nhap">{t.importDraft.startOver}</Link>
            </p>
          </PostForm>
          <section aria-labelledby="cau-truc">
            <h3 id="cau-truc">{t.importDraft.outline}</h3>
            <ul className="import-outline">
              {preview.outline.map((g, i) => (
                <li key={i}>
                  {g.label && (
                    <strong>
                      {g.label}
                      {g.heading ? `. ${g.heading}` : ''}
                    </strong>
                  )}
                  <ol>
                    {g.articles.map((a, k) => (
                      <li key={k}>
                        {a.label}
                        {a.heading ? `. ${a.heading}` : ''}{' '}
                        <span className="muted">({t.importDraft.structure(1, a.parts).split(', ')[1]})</span>
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
