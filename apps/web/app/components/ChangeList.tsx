import { DiffSegments } from './WordDiff';
import type { DraftDiffQuery } from '../gql/graphql';
import { t } from '../i18n';

/** The provisions changed between two versions (`draftDiff`), each with its word diff. */
export function ChangeList({ changes }: { changes: DraftDiffQuery['draftDiff'] }) {
  if (changes.length === 0) return <p>{t.draft.diffEmpty}</p>;
  return (
    <ol>
      {changes.map((change, i) => (
        <li key={i} className={`change change--${change.change.toLowerCase()}`}>
          <p className="change__head">
            <strong>{change.label}</strong>{' '}
            <span className="badge badge--change">{t.draft.change[change.change]}</span>
          </p>
          {change.wordDiff.length > 0 && (
            <p className="diff">
              <DiffSegments
                segments={change.wordDiff.map((s) => ({
                  op: s.op === 'INSERT' ? 'insert' : s.op === 'DELETE' ? 'delete' : 'same',
                  text: s.text,
                }))}
              />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
