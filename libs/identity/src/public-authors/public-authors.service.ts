import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { AuthorKind } from '../users/dto/identity.enums';
import { UserEntity } from '../users/entities/user.entity';
import { PublicAuthorObject } from './dto/public-author.object';

/**
 * What the public may see of an author, for the features that show authors (comments,
 * search, exports). Batch with the loader: `ctx.loaders.get(publicAuthors.loader).load(userId)`.
 */
@Injectable()
export class PublicAuthorsService {
  /** Per-request DataLoader factory (stable identity: an instance property). */
  readonly loader = (): DataLoader<string, PublicAuthorObject | undefined> =>
    new DataLoader(async (userIds) => {
      const found = await this.findByUserIds(userIds);
      return userIds.map((id) => found.get(id));
    });

  constructor(private readonly dataSource: DataSource) {}

  /** One query for any number of users; ids without an account are absent from the map. */
  async findByUserIds(userIds: readonly string[]): Promise<Map<string, PublicAuthorObject>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(UserEntity, {
      select: ['id', 'displayName', 'kind', 'organizationName', 'province', 'verificationLevel'],
      where: { id: In([...new Set(userIds)]) },
    });
    return new Map(rows.map((u) => [u.id, toPublicAuthor(u)]));
  }
}

export function toPublicAuthor(user: UserEntity): PublicAuthorObject {
  return {
    displayName: user.displayName,
    kind: user.kind as AuthorKind,
    organizationName: user.organizationName,
    province: user.province,
    verified: user.verificationLevel !== 'NONE',
  };
}
