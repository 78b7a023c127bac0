import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Form, type FormProps } from 'react-router';
import { t } from '../i18n';
import { useRootData } from '../lib/root-data';

/** The hidden CSRF field every state-changing form carries (checked by root middleware). */
export function CsrfField() {
  const root = useRootData();
  return <input type="hidden" name="_csrf" value={root?.csrfToken ?? ''} />;
}

/**
 * A POST form that works as a plain HTML form (no JavaScript). With `enhance`, app/enhance
 * submits it in place when scripts run: `swap` (the page's new header and main replace the
 * old, the comment forms) or `react` (agree/disagree, optimistic). Account forms navigate.
 */
export function PostForm({
  children,
  enhance = 'none',
  ...props
}: Omit<FormProps, 'method'> & { enhance?: 'swap' | 'react' | 'none' }) {
  return (
    <Form method="post" {...props} data-enhance={enhance === 'none' ? undefined : enhance}>
      <CsrfField />
      {children}
    </Form>
  );
}

/** Error summary at the top of a form (GOV.UK pattern): announced, and each item links to its field. */
export function ErrorSummary({
  fieldErrors,
  formError,
  idPrefix,
}: {
  fieldErrors?: Record<string, string>;
  formError?: string;
  idPrefix: string;
}) {
  const entries = Object.entries(fieldErrors ?? {});
  if (!entries.length && !formError) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} data-error-summary="">
      <h2 className="error-summary__title">{t.errors.summaryTitle}</h2>
      <ul>
        {formError && <li>{formError}</li>}
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${idPrefix}-${name}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A labelled field: label, hint and error wired to the control with ids and
 * aria-describedby/aria-invalid, so every message is read with the field it belongs to.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  extra,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactElement<Record<string, unknown>>;
  extra?: { id: string; node: ReactNode };
}) {
  const describedBy = [hint ? `${id}-hint` : null, extra?.id ?? null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const control = Children.only(children);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {isValidElement(control)
        ? cloneElement(control, {
            id,
            'aria-describedby': describedBy || undefined,
            'aria-invalid': error ? true : undefined,
          })
        : control}
      {extra?.node}
    </div>
  );
}

/**
 * Radio buttons or checkboxes under one legend (the consoles' filters and answer forms): each
 * choice is its own label, 44 px high (`.choice`). `form` ties the inputs to a form elsewhere
 * in the page (forms cannot nest); `error` is read with the group.
 */
export function ChoiceGroup<T extends string>({
  legend,
  type,
  name,
  options,
  checked,
  form,
  error,
  id,
  children,
}: {
  legend: ReactNode;
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly { value: T; label: ReactNode }[];
  checked: (value: T) => boolean;
  form?: string;
  error?: string;
  id?: string;
  /** More choices of the group that are not of this kind (a lone checkbox). */
  children?: ReactNode;
}) {
  return (
    <fieldset className="filters__group" id={id}>
      <legend>{legend}</legend>
      {error && <p className="field__error">{error}</p>}
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type={type} name={name} value={o.value} form={form} defaultChecked={checked(o.value)} />{' '}
          {o.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
