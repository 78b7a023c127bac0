import { Injectable } from '@nestjs/common';
import { BadInputError, Clock, foldVietnamese, isUuid, Viewer } from '@thamvan/core';
import { slugify } from '../parser/fold';
import { consultationStatus } from './consultation-status';
import { canSeeDraft, canSeeVersion } from './draft-access';
import { ProvisionEntity } from './entities/provision.entity';
import { ProvisionsRepository } from './provisions.repository';

@Injectable()
export class ProvisionsService {
  constructor(
    private readonly repository: ProvisionsRepository,
    private readonly clock: Clock,
  ) {}

  /** Every provision of several versions in document order: one query for whole trees. */
  async byVersionIds(versionIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.repository.byVersionIds(versionIds);
  }

  /** Provisions by (version, key): the unique index provision_version_key answers each pair. */
  async byVersionKeys(pairs: readonly { versionId: string; key: string }[]): Promise<ProvisionEntity[]> {
    const valid = pairs.filter((p) => isUuid(p.versionId) && p.key.length <= 500);
    if (!valid.length) return [];
    return this.repository.byVersionKeys(valid);
  }

  async byIds(ids: readonly string[]): Promise<ProvisionEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.repository.byIds(valid);
  }

  /**
   * `provision(id)`: null unless the viewer may read its version. One query: the provision
   * with what visibility depends on (its version's publication, its draft's window and agency).
   */
  async findVisible(viewer: Viewer | null, id: string): Promise<ProvisionEntity | null> {
    if (!isUuid(id)) return null;
    const row = await this.repository.withVisibility(id);
    if (!row) return null;
    const status = consultationStatus(row, this.clock.now());
    if (!canSeeDraft(viewer, row, status) || !canSeeVersion(viewer, row.agencyId, row.publishedAt))
      return null;
    const { publishedAt: _p, agencyId: _a, opensAt: _o, closesAt: _c, closedAt: _d, ...provision } = row;
    return provision;
  }

  /**
   * A provision filter as people write it, resolved within a draft to the full key search
   * filters on: the key itself ("chuong-ii/dieu-21"), its own last segments ("dieu-21",
   * "dieu-21/khoan-2"), its label ("Điều 21") or its full label ("Khoản 2 Điều 21", with or
   * without marks), across the draft's versions. Unchanged when nothing matches (the filter
   * then finds nothing, as before); BAD_USER_INPUT when it names several provisions.
   */
  async resolveKey(draftId: string, input: string, field = 'provisionKey'): Promise<string> {
    const key = input.trim().toLowerCase().replace(/\/+$/, '');
    if (!isUuid(draftId) || !key || key.length > 500) return key;
    const keys = await this.repository.keysNamed(draftId, {
      key,
      slug: slugify(input),
      foldedLabel: foldVietnamese(input).replace(/\s+/g, ' ').trim(),
    });
    if (keys.includes(key) || !keys.length) return key;
    if (keys.length > 1) {
      throw new BadInputError(
        `${field} "${input}" names several provisions of this draft: ${keys.join(', ')}`,
        field,
      );
    }
    return keys[0];
  }
}
