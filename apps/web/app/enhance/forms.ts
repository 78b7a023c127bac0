import { t } from '../i18n';
import { wordDiff } from '../lib/word-diff';
import { $all } from './dom';
import { enhancePage } from './page';

/**
 * Forms, enhanced. Without this file every form is a plain POST with a redirect; with it:
 * - text typed into a comment form is kept in this browser until it is sent (a reload, a trip
 *   to the sign-in page or a dropped connection loses nothing);
 * - the character count and the diff of a proposed wording follow the typing;
 * - a submit updates the page in place, and a second click while one is on its way does nothing
 *   (the idempotency key would make it harmless anyway);
 * - agree/disagree answer at once and are sent in the background.
 */
const DRAFT_PREFIX = 'thamvan:';
const DRAFT_TTL_MS = 24 * 3600 * 1000;
const DRAFT_FIELDS = ['body', 'proposedText', 'stance'];

export function enhanceForms(root: ParentNode): void {
  for (const form of $all<HTMLFormElement>(root, 'form[data-enhance]')) {
    if (form.dataset.enhanced) continue;
    form.dataset.enhanced = '1';
    watchText(form);
    keepDraft(form);
    form.addEventListener('submit', (event) => {
      if (form.dataset.busy) {
        event.preventDefault();
        return;
      }
      if (form.dataset.enhance === 'react') {
        if (document.body.dataset.signedIn) void react(form, event);
        return;
      }
      void submitInPlace(form, event);
    });
  }
}

function watchText(form: HTMLFormElement): void {
  const body = form.querySelector<HTMLTextAreaElement>('textarea[name=body]');
  const counter = body?.closest('.field')?.querySelector<HTMLElement>('[data-char-count]');
  if (body && counter) {
    const max = Number(counter.dataset.charCount) || 10_000;
    const update = () => {
      counter.textContent = t.common.characters(body.value.length, max);
      counter.classList.toggle('char-count--over', body.value.length > max);
    };
    body.addEventListener('input', update);
    update();
  }
  const proposal = form.querySelector<HTMLTextAreaElement>('textarea[name=proposedText]');
  const diffBox = form.querySelector<HTMLElement>('[data-diff-base]');
  const diffText = diffBox?.querySelector<HTMLElement>('.diff');
  if (proposal && diffBox && diffText) {
    const base = diffBox.dataset.diffBase ?? '';
    let pending = 0;
    proposal.addEventListener('input', () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => renderDiff(diffText, base, proposal.value), 150);
    });
  }
}

function renderDiff(target: HTMLElement, before: string, after: string): void {
  target.replaceChildren(
    ...wordDiff(before, after).map((segment) => {
      if (segment.op === 'same') return document.createTextNode(segment.text);
      const el = document.createElement(segment.op === 'insert' ? 'ins' : 'del');
      const label = document.createElement('span');
      label.className = 'sr-only';
      label.textContent = `[${segment.op === 'insert' ? t.draft.inserted : t.draft.deleted}: `;
      const end = document.createElement('span');
      end.className = 'sr-only';
      end.textContent = ']';
      el.append(label, segment.text, end);
      return el;
    }),
  );
}

/** Keeps the typed text of a comment form in localStorage (one day) until it is sent. */
function keepDraft(form: HTMLFormElement): void {
  const key = form.dataset.draftKey;
  if (!key) return;
  const storageKey = DRAFT_PREFIX + key;
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as {
      at: number;
      values: Record<string, string>;
    } | null;
    if (saved && Date.now() - saved.at < DRAFT_TTL_MS) restore(form, saved.values);
    else if (saved) localStorage.removeItem(storageKey);
  } catch {
    // Storage unavailable (private mode): the form still works, the server keeps failed posts.
  }
  let pending = 0;
  form.addEventListener('input', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      const values: Record<string, string> = {};
      const data = new FormData(form);
      for (const name of DRAFT_FIELDS) {
        const value = data.get(name);
        values[name] = typeof value === 'string' ? value : '';
      }
      try {
        localStorage.setItem(storageKey, JSON.stringify({ at: Date.now(), values }));
      } catch {
        // Quota or private mode: nothing more to do.
      }
    }, 300);
  });
}

function restore(form: HTMLFormElement, values: Record<string, string>): void {
  const body = form.querySelector<HTMLTextAreaElement>('textarea[name=body]');
  // Text the server sent back (a failed post) wins over the stored copy.
  if (!body || body.value.trim() || !values.body?.trim()) return;
  body.value = values.body;
  const proposal = form.querySelector<HTMLTextAreaElement>('textarea[name=proposedText]');
  if (proposal && values.proposedText) proposal.value = values.proposedText;
  const stance = form.querySelector<HTMLInputElement>(
    `input[name=stance][value="${CSS.escape(values.stance ?? '')}"]`,
  );
  if (stance) stance.checked = true;
  body.dispatchEvent(new Event('input', { bubbles: true }));
  proposal?.dispatchEvent(new Event('input', { bubbles: true }));
}

function forgetDraft(key: string | undefined): void {
  if (!key) return;
  try {
    localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // ignore
  }
}

function formBody(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  const data = new FormData(form);
  if (submitter instanceof HTMLButtonElement && submitter.name) data.set(submitter.name, submitter.value);
  const body = new URLSearchParams();
  for (const [name, value] of data) if (typeof value === 'string') body.append(name, value);
  return body;
}

function say(form: HTMLFormElement, message: string): void {
  let box = form.querySelector<HTMLElement>('[data-form-message]');
  if (!box) {
    box = document.createElement('p');
    box.className = 'field__error';
    box.setAttribute('role', 'alert');
    box.dataset.formMessage = '';
    const actions = form.querySelector('.form-actions');
    if (actions) actions.before(box);
    else form.append(box);
  }
  box.textContent = message;
}

/**
 * Posts the form with fetch and puts the page it answers with (the same page, after the
 * redirect or with the errors) in place of this one's main content. The form stays untouched
 * until an answer arrives, so a network failure loses nothing.
 */
async function submitInPlace(form: HTMLFormElement, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const submitter = event.submitter as HTMLButtonElement | null;
  const body = formBody(form, submitter);
  const draftKey = form.dataset.draftKey;
  const targetId = body.get('commentId');
  const before = new Set($all(document, '[data-comment-id]').map((el) => el.dataset.commentId));
  form.dataset.busy = '1';
  form.setAttribute('aria-busy', 'true');
  const label = submitter?.textContent ?? '';
  if (submitter?.dataset.sending) submitter.textContent = submitter.dataset.sending;
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'text/html' },
    });
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = doc.querySelector('main');
    const main = document.querySelector('main');
    if (!fresh || !main) throw new Error('no page');
    if (response.ok) forgetDraft(draftKey);
    const adopted = document.importNode(fresh, true);
    main.replaceWith(adopted);
    // Signing in from a comment form changes the header too ("Tài khoản", "Đăng xuất").
    const header = document.querySelector('.site-header');
    const freshHeader = doc.querySelector('.site-header');
    if (header && freshHeader) header.replaceWith(document.importNode(freshHeader, true));
    if (doc.body.dataset.signedIn) document.body.dataset.signedIn = doc.body.dataset.signedIn;
    else delete document.body.dataset.signedIn;
    if (doc.title) document.title = doc.title;
    if (response.redirected && response.url.startsWith(location.origin))
      history.replaceState(null, '', response.url);
    enhanceForms(adopted);
    enhancePage(adopted);
    document.dispatchEvent(new CustomEvent('thamvan:page'));
    focusResult(adopted, response.ok, targetId, before);
  } catch {
    say(form, t.errors.network);
  } finally {
    delete form.dataset.busy;
    form.removeAttribute('aria-busy');
    if (submitter?.dataset.sending) submitter.textContent = label;
  }
}

function focusResult(
  main: HTMLElement,
  ok: boolean,
  targetId: string | null,
  before: Set<string | undefined>,
): void {
  const summary = main.querySelector<HTMLElement>('[data-error-summary]');
  if (!ok && summary) {
    summary.scrollIntoView({ block: 'center' });
    summary.focus();
    return;
  }
  const created = $all(main, '[data-comment-id]').find((el) => !before.has(el.dataset.commentId));
  const target =
    created ??
    (targetId ? main.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(targetId)}"]`) : null);
  if (target) {
    target.classList.add('comment--new');
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
}

/** Agree/disagree: the buttons change at once; the POST follows; a refusal puts them back. */
async function react(form: HTMLFormElement, event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const pressed = event.submitter as HTMLButtonElement | null;
  if (!pressed) return;
  const buttons = $all<HTMLButtonElement>(form, 'button[data-reaction]');
  const snapshot = buttons.map((b) => ({
    b,
    pressed: b.getAttribute('aria-pressed'),
    value: b.value,
    count: countOf(b),
  }));
  const choosing = pressed.value;
  for (const b of buttons) {
    const kind = b.dataset.reaction ?? '';
    const wasOn = b.getAttribute('aria-pressed') === 'true';
    const isOn = choosing === kind;
    if (wasOn !== isOn) setCount(b, countOf(b) + (isOn ? 1 : -1));
    b.setAttribute('aria-pressed', String(isOn));
    b.value = isOn ? 'NONE' : kind;
  }
  const body = formBody(form, pressed);
  body.set('reaction', choosing);
  form.dataset.busy = '1';
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      redirect: 'manual',
    });
    if (response.type !== 'opaqueredirect' && !response.ok) {
      throw new Error(
        response.status === 429
          ? t.errors.rateLimited()
          : response.status === 401
            ? t.errors.sessionExpired
            : t.errors.generic,
      );
    }
  } catch (error) {
    for (const s of snapshot) {
      s.b.setAttribute('aria-pressed', s.pressed ?? 'false');
      s.b.value = s.value;
      setCount(s.b, s.count);
    }
    say(
      form,
      error instanceof Error && error.message && !error.message.startsWith('Failed')
        ? error.message
        : t.errors.network,
    );
  } finally {
    delete form.dataset.busy;
  }
}

function countOf(button: HTMLElement): number {
  return Number(button.querySelector('[data-count]')?.textContent?.replace(/\D/g, '') ?? 0);
}

/** A reaction button's count, in its text and in its spoken name ("Đồng ý, 12 người"). */
export function setCount(button: HTMLElement, value: number): void {
  const count = Math.max(0, value);
  const el = button.querySelector('[data-count]');
  if (el) el.textContent = String(count);
  button.setAttribute(
    'aria-label',
    button.dataset.reaction === 'DISAGREE' ? t.comment.disagree(count) : t.comment.agree(count),
  );
}
