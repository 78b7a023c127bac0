import { Viewer } from '@thamvan/core';
import { canSeeComment, canSeeText, textFor, visibleSql } from './comment-visibility';

const author: Viewer = { userId: 'author', roles: ['CITIZEN'], memberships: [] };
const stranger: Viewer = { userId: 'stranger', roles: ['CITIZEN'], memberships: [] };
const moderator: Viewer = { userId: 'mod', roles: ['CITIZEN', 'MODERATOR'], memberships: [] };
const officer: Viewer = {
  userId: 'officer',
  roles: ['CITIZEN'],
  memberships: [{ agencyId: 'agency', role: 'RESPONDER' }],
};
const otherOfficer: Viewer = {
  userId: 'o2',
  roles: ['CITIZEN'],
  memberships: [{ agencyId: 'other', role: 'EDITOR' }],
};

const row = (status: 'PUBLISHED' | 'PENDING' | 'HIDDEN' | 'WITHDRAWN') => ({
  status,
  authorId: 'author',
  agencyId: 'agency',
});

describe('comment visibility', () => {
  it('shows the masked text to everyone but the author and moderators', () => {
    const masked = {
      authorId: 'author',
      body: 'Gọi 0912345678',
      proposedText: 'a@b.vn',
      maskedBody: 'Gọi [số điện thoại đã ẩn]',
      maskedProposedText: '[email đã ẩn]',
    };
    for (const v of [null, stranger, officer]) {
      expect(textFor(v, masked)).toEqual({
        body: 'Gọi [số điện thoại đã ẩn]',
        proposedText: '[email đã ẩn]',
      });
    }
    for (const v of [author, moderator]) {
      expect(textFor(v, masked)).toEqual({ body: 'Gọi 0912345678', proposedText: 'a@b.vn' });
    }
    const clean = { ...masked, maskedBody: null, maskedProposedText: null };
    expect(textFor(null, clean)).toEqual({ body: 'Gọi 0912345678', proposedText: 'a@b.vn' });
  });

  it('shows PENDING comments to their author, moderators and the owning agency only', () => {
    const pending = row('PENDING');
    expect([null, stranger, otherOfficer].map((v) => canSeeComment(v, pending))).toEqual([
      false,
      false,
      false,
    ]);
    expect([author, moderator, officer].map((v) => canSeeComment(v, pending))).toEqual([true, true, true]);
    expect(canSeeComment(null, row('HIDDEN'))).toBe(true);
  });

  it('withholds the text of HIDDEN and WITHDRAWN comments from all but the author and moderators', () => {
    for (const status of ['HIDDEN', 'WITHDRAWN'] as const) {
      expect([null, stranger, officer].map((v) => canSeeText(v, row(status)))).toEqual([false, false, false]);
      expect([author, moderator].map((v) => canSeeText(v, row(status)))).toEqual([true, true]);
    }
    expect(canSeeText(null, row('PUBLISHED'))).toBe(true);
  });

  it('builds the list filter with bind parameters, never inlined ids', () => {
    const params: unknown[] = [];
    const sql = visibleSql(officer, (v) => `$${params.push(v)}`);
    expect(sql).not.toContain('officer');
    expect(params).toEqual(['officer', ['agency']]);
    expect(visibleSql(null, () => '$1')).toBe(`c.status <> 'PENDING'`);
    expect(visibleSql(moderator, () => '$1')).toBe('true');
  });
});
