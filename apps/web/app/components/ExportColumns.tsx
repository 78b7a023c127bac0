import { t } from '../i18n';

/** The export's columns and what each holds (one list, also on the open-data page). */
export function ExportColumns() {
  return (
    <dl className="columns-list">
      {Object.entries(t.openData.columns).map(([name, text]) => (
        <div key={name}>
          <dt>
            <code>{name}</code>
          </dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
