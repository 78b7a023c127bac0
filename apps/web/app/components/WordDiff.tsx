import { t } from '../i18n';
import { wordDiff, type DiffSegment } from '../lib/word-diff';

/** Inserted and deleted words as <ins>/<del>, their meaning also in words for screen readers. */
export function DiffSegments({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'insert' ? (
          <ins key={i}>
            <span className="sr-only">[{t.draft.inserted}: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ) : s.op === 'delete' ? (
          <del key={i}>
            <span className="sr-only">[{t.draft.deleted}: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="diff">
      <DiffSegments segments={wordDiff(before, after)} />
    </p>
  );
}
