import { index, route, type RouteConfig } from '@react-router/dev/routes';

/**
 * Vietnamese, readable addresses. Once published a URL keeps working: change one only by
 * adding a redirect (CONTRACT.md, "Web").
 */
export default [
  index('routes/home.tsx'),
  route('du-thao', 'routes/drafts.tsx'),
  route('du-thao/:draftId', 'routes/draft.tsx'),
  route('du-thao/:draftId/gop-y-chung', 'routes/thread.tsx', { id: 'draft-thread' }),
  route('du-thao/:draftId/bao-cao', 'routes/report.tsx'),
  route('du-thao/:draftId/thong-ke', 'routes/stats.tsx'),
  route('du-thao/:draftId/so-sanh', 'routes/compare.tsx'),
  // The rest of the path is the provision's key: /du-thao/<id>/chuong-i/dieu-1/khoan-2
  route('du-thao/:draftId/*', 'routes/thread.tsx', { id: 'provision-thread' }),
  route('c/:commentId', 'routes/comment.tsx'),
  route('tim-kiem', 'routes/search.tsx'),
  route('du-lieu-mo', 'routes/open-data.tsx'),
  route('dang-nhap', 'routes/login.tsx'),
  route('dang-ky', 'routes/register.tsx'),
  route('dang-xuat', 'routes/logout.tsx'),
  route('quen-mat-khau', 'routes/forgot-password.tsx'),
  route('dat-lai-mat-khau', 'routes/reset-password.tsx'),
  route('xac-minh-email', 'routes/verify-email.tsx'),
  route('tai-khoan', 'routes/account.tsx'),
  route('tai-khoan/gop-y', 'routes/my-comments.tsx'),
  route('tai-khoan/du-lieu.json', 'routes/my-data.ts'),
  route('phien', 'routes/session.ts'),
  // The agency console (officers): their drafts, then one draft's consultation and comments.
  route('quan-ly', 'routes/console.tsx'),
  route('quan-ly/nhap', 'routes/console-import.tsx'),
  route('quan-ly/du-thao/:draftId', 'routes/console-draft.tsx'),
  route('quan-ly/du-thao/:draftId/bao-cao', 'routes/console-report.tsx'),
  route('quan-ly/du-thao/:draftId/phien-ban-moi', 'routes/console-version.tsx'),
  route('quan-ly/du-thao/:draftId/tai-ve/:file', 'routes/console-report-file.ts'),
  // The moderators' queue.
  route('kiem-duyet', 'routes/moderation.tsx'),
  // Administration: agencies, officers, accounts.
  route('quan-tri', 'routes/admin.tsx'),
  route('dieu-khoan-su-dung', 'routes/terms.tsx'),
  route('quyen-rieng-tu', 'routes/privacy.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
