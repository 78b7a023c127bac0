import { io, type Socket } from 'socket.io-client';
import { t } from '../i18n';
import { percentages } from '../lib/format';
import { $all, fetchDocument, hasUnsentText, swapById } from './dom';
import { enhanceForms, setCount } from './forms';
import { enhancePage } from './page';

/**
 * Live updates over socket.io (namespace /live; the session cookie identifies a signed-in
 * reader, so the user room works without a token in any script). Nothing moves under the
 * reader: new comments are announced ("3 góp ý mới", polite live region) and inserted only
 * when the reader asks; counts, stance bars, answers and removals update in place. After a
 * dropped connection socket.io recovers missed events; when it cannot, the page catches up
 * with `commentsSince` from the last event seen (or compares with a fresh copy of the page).
 * No polling.
 */
interface CommentEvent {
  seq: string;
  draftId: string;
  provisionId: string | null;
  comment: { id: string; parentId: string | null; stance: string | null };
}
interface IdEvent {
  seq: string;
  draftId: string;
  id?: string;
  commentId?: string;
  agreeCount?: number;
  disagreeCount?: number;
}

const STANCE_INDEX: Record<string, number> = { SUPPORT: 0, OPPOSE: 1, AMEND: 2, QUESTION: 3, NEUTRAL: 4 };

export function startLive(doc: Document): void {
  const queue = doc.querySelector<HTMLElement>('[data-live-moderation]');
  if (queue) {
    followModerationQueue(queue);
    return;
  }
  const stats = doc.querySelector<HTMLElement>('[data-live-stats]');
  if (stats) {
    followStatistics(stats);
    return;
  }
  const region = doc.querySelector<HTMLElement>('[data-live-region]');
  const homeDrafts =
    doc.querySelector<HTMLElement>('[data-live-drafts]')?.dataset.liveDrafts?.split(' ').filter(Boolean) ??
    [];
  const drafts = region?.dataset.draftId ? [region.dataset.draftId] : homeDrafts;
  if (!drafts.length) return;
  const live = new LivePage(drafts);
  live.connect();
}

class LivePage {
  private readonly socket: Socket;
  private readonly lastSeq = new Map<string, string>();
  private fresh = 0;
  private connectedBefore = false;
  private refreshedSession = false;

  constructor(private readonly drafts: string[]) {
    this.socket = io('/live', { path: '/socket.io', withCredentials: true });
  }

  private get region(): HTMLElement | null {
    return document.querySelector<HTMLElement>('[data-live-region]');
  }

  connect(): void {
    const s = this.socket;
    s.on('connect', () => {
      // Subscribed (acknowledged) before the page says it is live: what tests wait for.
      let pending = this.drafts.length;
      for (const draftId of this.drafts) {
        s.emit('subscribe', { draftId }, () => {
          pending -= 1;
          if (pending === 0) document.documentElement.dataset.live = 'on';
        });
      }
      if (this.connectedBefore) {
        this.status(t.thread.liveBack);
        if (!s.recovered) void this.catchUp();
      }
      this.connectedBefore = true;
    });
    s.on('disconnect', () => {
      delete document.documentElement.dataset.live;
      this.status(t.thread.liveReconnecting);
    });
    s.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      // The access cookie lapsed: any page request refreshes it; then connect again.
      if (error.data?.code === 'UNAUTHENTICATED' && !this.refreshedSession) {
        this.refreshedSession = true;
        void fetch('/phien', { credentials: 'same-origin' }).finally(() => s.connect());
      }
    });
    s.on('comment.created', (e: CommentEvent) => this.created(e));
    s.on('comment.updated', (e: CommentEvent) => this.changed(e.seq, e.draftId, e.comment.id));
    s.on('comment.removed', (e: IdEvent) => this.changed(e.seq, e.draftId, e.id ?? '', t.thread.removedLive));
    s.on('response.published', (e: IdEvent) =>
      this.changed(e.seq, e.draftId, e.commentId ?? '', t.thread.answeredLive),
    );
    s.on('reaction.updated', (e: IdEvent) => this.reactions(e));
    this.region
      ?.querySelector<HTMLButtonElement>('[data-live-show]')
      ?.addEventListener('click', () => void this.showNew());
    document.addEventListener('thamvan:page', () => this.rebind());
  }

  /** After the page's main content was swapped (a form posted in place): the new button. */
  private rebind(): void {
    this.fresh = 0;
    this.region
      ?.querySelector<HTMLButtonElement>('[data-live-show]')
      ?.addEventListener('click', () => void this.showNew());
  }

  private seen(draftId: string, seq: string): void {
    const last = this.lastSeq.get(draftId);
    if (!last || BigInt(seq) > BigInt(last)) this.lastSeq.set(draftId, seq);
  }

  private status(text: string): void {
    const box = this.region?.querySelector('[data-live-status]');
    if (box) box.textContent = text;
  }

  private created(e: CommentEvent): void {
    this.seen(e.draftId, e.seq);
    if (document.getElementById(`c-${e.comment.id}`)) return;
    const region = this.region;
    const kind = region?.dataset.liveRegion;
    const topLevel = !e.comment.parentId;
    // Counters of the provision, the draft and the home page's cards.
    if (topLevel && e.provisionId) bumpActivity(e.provisionId, e.comment.stance);
    for (const el of $all(
      document,
      `[data-draft-id="${CSS.escape(e.draftId)}"] [data-draft-count], .page--draft [data-draft-count]`,
    )) {
      bumpNumber(el);
    }
    for (const el of $all(
      document,
      `.hot-list [data-provision-id="${CSS.escape(e.provisionId ?? '')}"] [data-recent-count]`,
    )) {
      bumpNumber(el);
    }
    if (kind !== 'thread' && kind !== 'comment') return;
    const here = region?.dataset.provisionId || null;
    const belongs =
      (topLevel && (e.provisionId ?? null) === here) ||
      (!!e.comment.parentId && !!document.getElementById(`c-${e.comment.parentId}`));
    if (!belongs) return;
    if (topLevel && kind === 'thread') {
      const head = document.querySelector('.thread-head [data-stance-bar]');
      if (head && e.comment.stance) bumpStance(head as HTMLElement, e.comment.stance);
      const count = document.querySelector('[data-thread-count]');
      if (count) count.textContent = t.draft.commentCount(numberIn(count) + 1);
    }
    this.fresh += 1;
    this.status(t.thread.newComments(this.fresh));
    const button = region?.querySelector<HTMLButtonElement>('[data-live-show]');
    if (button) button.hidden = false;
  }

  /** Inserts the new comments (and replies) the reader asked to see; nothing else moves. */
  private async showNew(): Promise<void> {
    const list = document.querySelector('[data-comment-list]');
    const { doc } = await fetchDocument(location.pathname + location.search);
    let first: HTMLElement | null = null;
    const newest = !/[?&]sap-xep=(cu-nhat|dong-y)/.test(location.search);
    const incoming = $all(doc, '[data-comment-list] > li');
    const added: Element[] = [];
    for (const li of incoming) {
      const article = li.querySelector('article');
      if (!article) continue;
      const existing = document.getElementById(article.id);
      if (!existing) {
        const node = document.importNode(li, true);
        added.push(node);
        first ??= node.querySelector('article');
      } else if (!hasUnsentText(existing)) {
        // Replies arrived inside it: the fresh card, when no one is typing in this one.
        const swapped = swapById(existing, doc);
        if (swapped) enhanceForms(swapped);
      }
    }
    if (list) {
      if (newest) list.prepend(...added);
      else list.append(...added);
    } else if (added.length) {
      const fresh = doc.querySelector('[data-comment-list]');
      document
        .querySelector('.comments .empty')
        ?.replaceWith(document.importNode(fresh ?? document.createElement('ol'), true));
    }
    for (const node of added) {
      node.querySelector('article')?.classList.add('comment--new');
      enhanceForms(node);
    }
    enhancePage(document);
    this.fresh = 0;
    this.status('');
    const button = this.region?.querySelector<HTMLButtonElement>('[data-live-show]');
    if (button) button.hidden = true;
    if (first) {
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  }

  /** An edit, a removal or an answer: the comment's card comes fresh from its permalink. */
  private changed(seq: string, draftId: string, id: string, announce?: string): void {
    this.seen(draftId, seq);
    const card = id ? document.getElementById(`c-${id}`) : null;
    if (!card) return;
    if (announce) this.status(announce);
    if (hasUnsentText(card)) return;
    void fetchDocument(`/c/${id}`).then(({ doc }) => {
      const fresh = doc.getElementById(`c-${id}`);
      if (!fresh) return;
      // Keep the replies already shown here; take the new head, body and answer.
      const adopted = document.importNode(fresh, true);
      const oldReplies = card.querySelector(':scope > .replies');
      const newReplies = adopted.querySelector(':scope > .replies');
      if (oldReplies && newReplies) newReplies.replaceWith(oldReplies);
      card.replaceWith(adopted);
      enhanceForms(adopted);
    });
  }

  private reactions(e: IdEvent): void {
    this.seen(e.draftId, e.seq);
    const card = document.getElementById(`c-${e.commentId ?? ''}`);
    const actions = card?.querySelector(':scope > .comment__actions');
    if (!actions) return;
    const set = (kind: string, value: number | undefined) => {
      const button = actions.querySelector<HTMLElement>(`[data-reaction="${kind}"]`);
      if (button && value !== undefined) setCount(button, value);
    };
    set('AGREE', e.agreeCount);
    set('DISAGREE', e.disagreeCount);
  }

  /** socket.io could not replay what was missed: ask the API what changed since the last event. */
  private async catchUp(): Promise<void> {
    for (const draftId of this.drafts) {
      const seq = this.lastSeq.get(draftId);
      if (!seq) {
        await this.compareWithFreshPage();
        continue;
      }
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query CatchUp($d: ID!, $s: String!) { commentsSince(draftId: $d, seq: $s, first: 100) { edges { node { id stance parent { id } provision { id } } } } }',
          variables: { d: draftId, s: seq },
        }),
      }).catch(() => null);
      const json = (await response?.json().catch(() => null)) as {
        data?: {
          commentsSince: {
            edges: {
              node: {
                id: string;
                stance: string | null;
                parent: { id: string } | null;
                provision: { id: string } | null;
              };
            }[];
          };
        };
      } | null;
      for (const { node } of json?.data?.commentsSince.edges ?? []) {
        if (document.getElementById(`c-${node.id}`)) this.changed(seq, draftId, node.id);
        else
          this.created({
            seq,
            draftId,
            provisionId: node.provision?.id ?? null,
            comment: { id: node.id, parentId: node.parent?.id ?? null, stance: node.stance },
          });
      }
    }
  }

  private async compareWithFreshPage(): Promise<void> {
    if (this.region?.dataset.liveRegion !== 'thread') return;
    const { doc } = await fetchDocument(location.pathname + location.search).catch(() => ({ doc: null }));
    if (!doc) return;
    const missing = $all(doc, '[data-comment-list] > li > article').filter(
      (a) => !document.getElementById(a.id),
    );
    if (!missing.length) return;
    this.fresh += missing.length;
    this.status(t.thread.newComments(this.fresh));
    const button = this.region?.querySelector<HTMLButtonElement>('[data-live-show]');
    if (button) button.hidden = false;
  }
}

function numberIn(el: Element): number {
  return Number((el.textContent ?? '').replace(/\D/g, '')) || 0;
}

/** "12 góp ý" → "13 góp ý", keeping the words around the number. */
function bumpNumber(el: Element): void {
  const text = el.textContent ?? '';
  const match = text.match(/[\d.]+/);
  if (!match) return;
  const next = (Number(match[0].replace(/\./g, '')) + 1).toLocaleString('vi-VN');
  el.textContent = text.replace(match[0], next);
}

function bumpActivity(provisionId: string, stance: string | null): void {
  const box = document.querySelector<HTMLElement>(
    `.activity[data-provision-id="${CSS.escape(provisionId)}"]`,
  );
  if (!box) return;
  const count = Number(box.dataset.commentCount ?? 0) + 1;
  box.dataset.commentCount = String(count);
  const link = box.querySelector('.activity__link');
  const hidden = link?.querySelector('.sr-only');
  if (link?.firstChild) link.firstChild.textContent = t.draft.commentCount(count);
  if (hidden) link?.append(hidden);
  const bar = box.querySelector<HTMLElement>('[data-stance-bar]');
  if (bar && stance) bumpStance(bar, stance);
}

/** One more comment of `stance` in a server-rendered stance bar: widths and numbers follow. */
function bumpStance(bar: HTMLElement, stance: string): void {
  const index = STANCE_INDEX[stance];
  if (index === undefined) return;
  const values = (bar.dataset.stanceBar ?? '0,0,0,0,0').split(',').map(Number);
  values[index] += 1;
  bar.dataset.stanceBar = values.join(',');
  const shares = percentages(values);
  let x = 0;
  $all<SVGRectElement>(bar, 'rect[data-part]').forEach((rect, i) => {
    rect.setAttribute('x', String(x));
    rect.setAttribute('width', String(shares[i]));
    x += shares[i];
  });
  const legend = $all(bar, '.stance__legend [data-count]');
  if (legend[index]) legend[index].textContent = values[index].toLocaleString('vi-VN');
}

/**
 * The moderators' queue: items that arrive are counted ("3 góp ý mới vào hàng đợi", in the
 * polite live region) with a link to reload, never inserted under the moderator's hands.
 */
function followModerationQueue(box: HTMLElement): void {
  const socket = io('/live', { path: '/socket.io', withCredentials: true });
  const seen = new Set<string>();
  socket.on('connect', () => {
    socket.emit('subscribe', { moderation: true }, () => {
      document.documentElement.dataset.live = 'on';
    });
  });
  socket.on('disconnect', () => delete document.documentElement.dataset.live);
  socket.on('moderation.queued', (e: { commentId: string }) => {
    // A comment already on this page (a second report of it) is not news.
    if (seen.has(e.commentId) || document.getElementById(`m-${e.commentId}`)) return;
    seen.add(e.commentId);
    const status = box.querySelector('[data-live-status]');
    if (status) status.textContent = t.moderation.liveNew(seen.size);
    const reload = box.querySelector<HTMLElement>('[data-live-reload]');
    if (reload) reload.hidden = false;
  });
}

/**
 * A statistics page while its consultation is open: every event that changes a public figure
 * (a comment published, changed, removed or answered) schedules one fresh copy of the page's
 * figures, at most every STATS_REFRESH_MS (the API caches them 15 s), swapped in
 * place and announced politely. Charts do not move under a reader more often than that.
 */
const STATS_REFRESH_MS = 16_000;

function followStatistics(box: HTMLElement): void {
  const draftId = box.dataset.liveStats ?? '';
  const socket = io('/live', { path: '/socket.io', withCredentials: true });
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The figures on the page are as fresh as the API's cache was when the page was rendered:
  // the first refresh waits a whole period too, or it would fetch the same cached figures.
  let last = Date.now();
  const refresh = async () => {
    timer = null;
    last = Date.now();
    const current = document.getElementById(box.id);
    if (!current) return;
    const { doc } = await fetchDocument(location.pathname + location.search);
    if (swapById(current, doc)) {
      const status = document.querySelector('[data-live-status]');
      if (status) status.textContent = t.stats.updated;
    }
  };
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => void refresh(), Math.max(0, last + STATS_REFRESH_MS - Date.now()));
  };
  socket.on('connect', () => {
    socket.emit('subscribe', { draftId }, () => {
      document.documentElement.dataset.live = 'on';
    });
  });
  socket.on('disconnect', () => delete document.documentElement.dataset.live);
  for (const event of ['comment.created', 'comment.updated', 'comment.removed', 'response.published'])
    socket.on(event, (e: { draftId: string }) => e.draftId === draftId && schedule());
}
