import { ConsultationStatus, DraftEntity, DraftsService } from '@thamvan/drafts';
import { DraftLookup } from './draft-lookup';

describe(DraftLookup.name, () => {
  const draft = { id: 'd1', agencyId: 'a1' } as DraftEntity;
  let reads = 0;
  let status = ConsultationStatus.OPEN;
  const drafts = {
    findByIds: (ids: string[]) => {
      reads++;
      return Promise.resolve(ids[0] === 'd1' ? [draft] : []);
    },
    status: () => status,
  } as unknown as DraftsService;

  it('reads a draft once for concurrent subscribes, again after 2 s, and judges visibility per call', async () => {
    const lookup = new DraftLookup(drafts);
    const results = await Promise.all([1, 2, 3].map(() => lookup.visible(null, 'd1', 1000)));
    expect(results).toEqual([true, true, true]);
    expect(reads).toBe(1);
    status = ConsultationStatus.DRAFT;
    expect(await lookup.visible(null, 'd1', 1500)).toBe(false);
    expect(
      await lookup.visible(
        { userId: 'u', roles: ['CITIZEN'], memberships: [{ agencyId: 'a1', role: 'EDITOR' }] },
        'd1',
        1500,
      ),
    ).toBe(true);
    expect(reads).toBe(1);
    expect(await lookup.visible(null, 'missing', 1500)).toBe(false);
    await lookup.visible(null, 'd1', 3001);
    expect(reads).toBe(3);
  });
});
