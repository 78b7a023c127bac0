/**
 * Messages after a redirect travel in the address (`?thong-bao=…`), so they survive without
 * JavaScript and without a server-side flash store. Values are fixed slugs, never text.
 */
export const NOTICE_PARAM = 'thong-bao';

export const NOTICES = {
  posted: 'da-gui',
  replied: 'da-tra-loi',
  edited: 'da-sua',
  withdrawn: 'da-rut',
  flagged: 'da-bao-cao',
  signedOut: 'da-dang-xuat',
  registered: 'da-dang-ky',
  verified: 'da-xac-minh',
  passwordReset: 'da-dat-lai-mat-khau',
  passwordChanged: 'da-doi-mat-khau',
  profileSaved: 'da-luu',
  mailSaved: 'da-luu-thu-bao',
  verificationSent: 'da-gui-thu',
  accountDeleted: 'da-xoa-tai-khoan',
  resetSent: 'da-gui-thu-dat-lai',
  followed: 'da-theo-doi',
  unfollowed: 'da-bo-theo-doi',
} as const;

/** `path` with `?thong-bao=<notice>` (other query parameters kept) and an optional fragment. */
export function withNotice(path: string, notice: string, hash?: string): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set(NOTICE_PARAM, notice);
  return `${url.pathname}${url.search}${hash ? `#${hash}` : ''}`;
}
