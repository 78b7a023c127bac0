import { Form } from 'react-router';
import { t } from '../i18n';

/** A GET form: the address of the results is the search, shareable and working without scripts. */
export function SearchBox({ defaultValue = '', id = 'tim' }: { defaultValue?: string; id?: string }) {
  return (
    <Form method="get" action="/tim-kiem" role="search" className="search-box">
      <label htmlFor={id} className="search-box__label">
        {t.search.label}
      </label>
      <div className="search-box__row">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={t.search.placeholder}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit">{t.search.button}</button>
      </div>
    </Form>
  );
}
