import { t } from '../i18n';
import { $all } from './dom';

/**
 * The consoles' forms, enhanced (officers work for hours; their forms are plain POSTs that
 * navigate):
 * - a second submit while one is on its way does nothing, and the form says it is busy
 *   (answering 500 comments, importing a 10 MB file);
 * - text typed into an answer, a reason or a summary is kept in this browser until the page
 *   says it was saved, so a failed post or an expired session (sign in, come back) loses
 *   nothing;
 * - on the triage page, keys: j / k next and previous comment, x select it, a write the answer.
 */
const PREFIX = 'thamvan:console:';
const KEPT = 'textarea[name=explanation], textarea[name=reason], textarea[name=summary]';

export function enhanceConsole(doc: Document): void {
  const page = doc.querySelector('.page--console');
  if (!page) return;
  for (const form of $all<HTMLFormElement>(page, 'form[method=post]:not([data-enhance])')) {
    form.addEventListener('submit', (event) => {
      if (form.dataset.busy) {
        event.preventDefault();
        return;
      }
      form.dataset.busy = '1';
      form.setAttribute('aria-busy', 'true');
      const button = event.submitter as HTMLButtonElement | null;
      if (button) {
        // After this turn, so the button's own name and value still go with the form.
        window.setTimeout(() => {
          button.disabled = true;
          button.dataset.label = button.textContent ?? '';
          button.textContent = t.common.sending;
        });
      }
    });
  }
  keepText(doc);
  if (doc.querySelector('.triage-list')) triageKeys(doc);
}

function keepText(doc: Document): void {
  const key = (field: HTMLTextAreaElement) => {
    const form = field.form;
    const intent = form?.querySelector<HTMLInputElement>('input[name=intent]')?.value ?? '';
    const id = form?.querySelector<HTMLInputElement>('input[name=id]')?.value ?? '';
    return `${PREFIX}${location.pathname}:${intent}:${id}:${field.name}`;
  };
  // A success notice means what was typed here has been saved: forget it.
  if (doc.querySelector('.notice--success[role=status]')) {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(`${PREFIX}${location.pathname}:`)) localStorage.removeItem(k);
    }
    return;
  }
  for (const field of $all<HTMLTextAreaElement>(doc, KEPT)) {
    const saved = safeGet(key(field));
    if (saved && !field.value) field.value = saved;
    field.addEventListener('input', () => safeSet(key(field), field.value));
  }
}

function triageKeys(doc: Document): void {
  const hint = doc.querySelector<HTMLElement>('[data-keys-hint]');
  if (hint) hint.hidden = false;
  const items = () => $all<HTMLElement>(doc, '.triage-item');
  doc.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('textarea, input[type=text], input[type=search], select')) return;
    const list = items();
    const current = list.findIndex((li) => li.contains(doc.activeElement));
    const focus = (index: number) =>
      list[index]?.querySelector<HTMLInputElement>('input[type=checkbox]')?.focus();
    switch (event.key) {
      case 'j':
        focus(Math.min(list.length - 1, current + 1));
        break;
      case 'k':
        focus(Math.max(0, current - 1));
        break;
      case 'x': {
        const box = list[current]?.querySelector<HTMLInputElement>('input[type=checkbox]');
        if (box) box.checked = !box.checked;
        break;
      }
      case 'a':
        doc.querySelector<HTMLTextAreaElement>('.answer-form__answer textarea[name=explanation]')?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Storage full or refused (private mode): the server still keeps text on a refusal.
  }
}
