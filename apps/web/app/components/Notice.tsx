import { useLocation } from 'react-router';
import { t } from '../i18n';
import { NOTICE_PARAM, NOTICES } from '../lib/notices';

const TEXT: Record<string, string> = {
  [NOTICES.posted]: t.comment.posted,
  [NOTICES.replied]: t.comment.replied,
  [NOTICES.edited]: t.comment.saved,
  [NOTICES.withdrawn]: t.comment.withdrawnDone,
  [NOTICES.flagged]: t.comment.flagged,
  [NOTICES.signedOut]: t.auth.signedOut,
  [NOTICES.registered]: t.auth.registered,
  [NOTICES.verified]: t.auth.verified,
  [NOTICES.passwordReset]: t.auth.resetDone,
  [NOTICES.passwordChanged]: t.account.passwordChanged,
  [NOTICES.profileSaved]: t.account.profileSaved,
  [NOTICES.mailSaved]: t.account.mailSaved,
  [NOTICES.verificationSent]: t.account.resent,
  [NOTICES.accountDeleted]: t.account.deleted,
  [NOTICES.resetSent]: t.auth.forgotSent,
  [NOTICES.followed]: t.follow.followed,
  [NOTICES.unfollowed]: t.follow.unfollowed,
};

/** The message of a redirect after a form post (`?thong-bao=…`), announced politely. */
export function Notice() {
  const location = useLocation();
  const key = new URLSearchParams(location.search).get(NOTICE_PARAM);
  const text = key ? TEXT[key] : undefined;
  if (!text) return null;
  return (
    <div className="notice-bar">
      <p className="notice notice--success" role="status">
        {text}
      </p>
    </div>
  );
}
