import type { ConsultationStatus, Disposition, DocType, Stance } from '../gql/graphql';
import { t } from '../i18n';

export function StatusBadge({ status }: { status: ConsultationStatus }) {
  return <span className={`badge badge--status-${status.toLowerCase()}`}>{t.status[status]}</span>;
}

export function StanceBadge({ stance }: { stance: Stance }) {
  return <span className={`badge badge--stance-${stance.toLowerCase()}`}>{t.stance[stance]}</span>;
}

export function DispositionBadge({ disposition }: { disposition: Disposition }) {
  return (
    <span className={`badge badge--disposition-${disposition.toLowerCase()}`}>
      {t.disposition[disposition]}
    </span>
  );
}

export function DocTypeLabel({ docType }: { docType: DocType }) {
  return <>{t.docType[docType]}</>;
}
