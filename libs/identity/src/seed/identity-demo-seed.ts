import { Injectable, OnModuleInit } from '@nestjs/common';
import { DemoSeedContext, DemoSeedRegistry, GlobalRole } from '@thamvan/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { AgencyKind, AgencyRole } from '../users/dto/identity.enums';
import { AuthorKindName, UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';

interface DemoUser {
  key: string;
  label: string;
  email: string;
  displayName: string;
  kind?: AuthorKindName;
  organizationName?: string;
  province?: string;
  roles?: GlobalRole[];
}

const DEMO_USERS: DemoUser[] = [
  {
    key: 'admin',
    label: 'admin',
    email: 'admin@demo.thamvan.vn',
    displayName: 'Quản trị viên',
    roles: ['ADMIN'],
  },
  {
    key: 'moderator',
    label: 'moderator',
    email: 'kiemduyet@demo.thamvan.vn',
    displayName: 'Kiểm duyệt viên',
    roles: ['MODERATOR'],
  },
  {
    key: 'editor',
    label: 'editor (BTP)',
    email: 'bientap.btp@demo.thamvan.vn',
    displayName: 'Biên tập viên Bộ Tư pháp',
  },
  {
    key: 'responder',
    label: 'responder (BTP)',
    email: 'traloi.btp@demo.thamvan.vn',
    displayName: 'Cán bộ trả lời Bộ Tư pháp',
  },
  {
    key: 'citizen',
    label: 'citizen',
    email: 'nguyen.van.an@demo.thamvan.vn',
    displayName: 'Nguyễn Văn An',
    province: 'Hà Nội',
  },
  {
    key: 'organization',
    label: 'organisation',
    email: 'phaply@demo.thamvan.vn',
    displayName: 'Ban Pháp chế VCCI',
    kind: 'ORGANIZATION',
    organizationName: 'Liên đoàn Thương mại và Công nghiệp Việt Nam',
    province: 'Hà Nội',
  },
];

/**
 * Identity's demo data: an admin, a moderator, agency BTP (Bộ Tư pháp) with an editor and
 * a responder, a citizen and an organisation, each with a random strong password (shown
 * once by the runner). Sets `ctx.agencyId` and `ctx.userIds` for the steps that follow.
 */
@Injectable()
export class IdentityDemoSeed implements OnModuleInit {
  constructor(
    private readonly registry: DemoSeedRegistry,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'identity',
      order: 100,
      run: (ctx) => this.run(ctx),
      hasData: () => this.dataSource.getRepository(UserEntity).exists(),
    });
  }

  private async run(ctx: DemoSeedContext): Promise<void> {
    const agency =
      (await this.agencies.findByCode('BTP')) ??
      (await this.agencies.createAs(null, { code: 'BTP', name: 'Bộ Tư pháp', kind: AgencyKind.MINISTRY }));
    ctx.agencyId = agency.id;
    for (const demo of DEMO_USERS) {
      const password = randomBytes(12).toString('base64url');
      const user = await this.dataSource.transaction((manager) =>
        this.users.create(manager, { ...demo, password, acceptedTermsVersion: null }),
      );
      ctx.userIds[demo.key] = user.id;
      ctx.accounts.push({ label: demo.label, email: demo.email, password });
    }
    await this.agencies.addMemberAs(null, agency.id, ctx.userIds.editor, AgencyRole.EDITOR);
    await this.agencies.addMemberAs(null, agency.id, ctx.userIds.responder, AgencyRole.RESPONDER);
  }
}
