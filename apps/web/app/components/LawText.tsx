import { Link } from 'react-router';
import { t } from '../i18n';
import { STRUCTURE_KINDS, type ProvisionNode } from '../lib/outline';
import { anchorOf, threadPath } from '../lib/paths';
import { StanceBar } from './StanceBar';

type Level = 2 | 3 | 4 | 5 | 6;
const next = (level: Level): Level => (level < 6 ? ((level + 1) as Level) : 6);

function titleOf(node: ProvisionNode): string {
  return node.heading ? `${node.label}. ${node.heading}` : node.label;
}

/**
 * The whole text of a version, by its structure: Phần/Chương/Mục as headed sections, each
 * Điều with its khoản and điểm, every provision with its comment count, stance bar and a link
 * to its thread. Comments themselves are never rendered here (a 200-article law stays light).
 */
export function LawText({
  nodes,
  draftId,
  linkThreads,
  long = false,
}: {
  nodes: readonly ProvisionNode[];
  draftId: string;
  /** False when showing an earlier version: its provisions may no longer exist. */
  linkThreads: boolean;
  /** A long law shown whole: articles far from the screen are laid out when reached. */
  long?: boolean;
}) {
  return (
    <div className={long ? 'law law--whole' : 'law'}>
      {nodes.map((node) => (
        <Block key={node.id} node={node} level={3} draftId={draftId} linkThreads={linkThreads} />
      ))}
    </div>
  );
}

function Block({
  node,
  level,
  draftId,
  linkThreads,
}: {
  node: ProvisionNode;
  level: Level;
  draftId: string;
  linkThreads: boolean;
}) {
  const Heading = `h${level}` as 'h3';
  const id = anchorOf(node.key);
  if (STRUCTURE_KINDS.has(node.kind) || node.kind === 'ARTICLE') {
    return (
      <section className={`law__${node.kind.toLowerCase()}`} id={id} aria-labelledby={`${id}-h`}>
        <Heading id={`${id}-h`} className="law__heading">
          {titleOf(node)}
        </Heading>
        {node.text && <LawParagraphs text={node.text} />}
        {node.kind === 'ARTICLE' && (
          <ProvisionActivity node={node} draftId={draftId} linkThreads={linkThreads} />
        )}
        {node.children.length > 0 &&
          (node.kind === 'ARTICLE' ? (
            <Items nodes={node.children} draftId={draftId} linkThreads={linkThreads} />
          ) : (
            node.children.map((child) => (
              <Block
                key={child.id}
                node={child}
                level={next(level)}
                draftId={draftId}
                linkThreads={linkThreads}
              />
            ))
          ))}
      </section>
    );
  }
  return <Items nodes={[node]} draftId={draftId} linkThreads={linkThreads} />;
}

/** Khoản and điểm: numbered as the law numbers them ("1.", "a)"), not by the list's counter. */
function Items({
  nodes,
  draftId,
  linkThreads,
}: {
  nodes: readonly ProvisionNode[];
  draftId: string;
  linkThreads: boolean;
}) {
  return (
    <ul className="law__items">
      {nodes.map((node) => (
        <li key={node.id} id={anchorOf(node.key)} className={`law__${node.kind.toLowerCase()}`}>
          <div className="law__item-text">
            <span className="law__num">{node.kind === 'POINT' ? `${node.number})` : `${node.number}.`}</span>{' '}
            {node.heading && <strong>{node.heading}. </strong>}
            <LawParagraphs text={node.text} inline />
          </div>
          <ProvisionActivity node={node} draftId={draftId} linkThreads={linkThreads} />
          {node.children.length > 0 && (
            <Items nodes={node.children} draftId={draftId} linkThreads={linkThreads} />
          )}
        </li>
      ))}
    </ul>
  );
}

function LawParagraphs({ text, inline = false }: { text: string; inline?: boolean }) {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  if (inline && paragraphs.length <= 1) return <>{paragraphs[0] ?? ''}</>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

/** "12 góp ý" with the stance bar, linking to the provision's thread. */
function ProvisionActivity({
  node,
  draftId,
  linkThreads,
}: {
  node: ProvisionNode;
  draftId: string;
  linkThreads: boolean;
}) {
  return (
    <div className="activity" data-provision-id={node.id} data-comment-count={node.commentCount}>
      {linkThreads ? (
        <Link to={threadPath(draftId, node.key)} className="activity__link">
          {node.commentCount > 0 ? t.draft.commentCount(node.commentCount) : t.draft.comments}
          <span className="sr-only"> {node.citation}</span>
        </Link>
      ) : (
        <span className="muted">{t.draft.commentCount(node.commentCount)}</span>
      )}
      {node.commentCount > 0 && <StanceBar counts={node.stanceCounts} />}
    </div>
  );
}

/** Mục lục: the structure and every article, with counts; links jump within the page. */
export function Outline({
  nodes,
  articleCount,
  hrefOf = (key) => `#${anchorOf(key)}`,
}: {
  nodes: readonly ProvisionNode[];
  articleCount: number;
  /** Where an entry leads: within the page, or to the chapter page of a long law. */
  hrefOf?: (key: string) => string;
}) {
  return (
    <nav className="outline" aria-labelledby="muc-luc">
      <details className="outline__details" data-outline="">
        <summary>
          <h2 id="muc-luc" className="outline__title">
            {t.draft.outline} <span className="muted">({t.draft.articleCount(articleCount)})</span>
          </h2>
        </summary>
        <OutlineList nodes={nodes} hrefOf={hrefOf} />
      </details>
    </nav>
  );
}

function OutlineList({
  nodes,
  hrefOf,
}: {
  nodes: readonly ProvisionNode[];
  hrefOf: (key: string) => string;
}) {
  const entries = nodes.filter((n) => STRUCTURE_KINDS.has(n.kind) || n.kind === 'ARTICLE');
  if (!entries.length) return null;
  return (
    <ol className="outline__list">
      {entries.map((node) => (
        <li key={node.id} className={`outline__${node.kind.toLowerCase()}`}>
          <a href={hrefOf(node.key)}>
            {titleOf(node)}
            {node.commentCount > 0 && (
              <span className="outline__count">
                {' '}
                ({node.commentCount}
                <span className="sr-only"> {t.draft.comments.toLowerCase()}</span>)
              </span>
            )}
          </a>
          {node.kind !== 'ARTICLE' && <OutlineList nodes={node.children} hrefOf={hrefOf} />}
        </li>
      ))}
    </ol>
  );
}
