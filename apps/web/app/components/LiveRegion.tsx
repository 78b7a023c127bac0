import { t } from '../i18n';

/**
 * Where live activity is announced ("3 góp ý mới"), politely, and where the reader asks to
 * see new comments: nothing is inserted above what they are reading until they press the
 * button. Empty and inert without JavaScript; app/enhance/live.ts drives it.
 */
export function LiveRegion({
  draftId,
  provisionId,
  kind,
}: {
  draftId: string;
  provisionId: string | null;
  /** What the page shows: a draft's text (counts move) or a thread (new comments can be shown). */
  kind: 'draft' | 'thread' | 'comment';
}) {
  return (
    <div
      className="live"
      data-live-region={kind}
      data-draft-id={draftId}
      data-provision-id={provisionId ?? ''}
    >
      <p className="live__status" role="status" aria-live="polite" data-live-status="" />
      <button type="button" className="button button--secondary live__show" data-live-show="" hidden>
        {t.thread.showNew}
      </button>
    </div>
  );
}
