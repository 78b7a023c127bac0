import { LegalPage } from '../components/LegalPage';
import { privacyVi } from '../i18n/legal.vi';
import { pageMeta } from '../lib/meta';

export function meta() {
  return pageMeta(privacyVi.title, { description: privacyVi.intro });
}

export default function Privacy() {
  return <LegalPage text={privacyVi} />;
}
