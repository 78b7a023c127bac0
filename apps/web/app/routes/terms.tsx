import { LegalPage } from '../components/LegalPage';
import { termsVi } from '../i18n/legal.vi';
import { pageMeta } from '../lib/meta';

/** The version registration accepts (the API's identity options hold the same; a mismatch is refused). */
export const TERMS_VERSION = '2025-07-01';

export function meta() {
  return pageMeta(termsVi.title, { description: termsVi.intro });
}

export default function Terms() {
  return <LegalPage text={termsVi} />;
}
