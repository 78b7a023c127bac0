import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@thamvan/identity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsResolver } from './attachments.resolver';
import { AttachmentsService } from './attachments.service';
import { ConsultationService } from './consultation.service';
import { DraftAgencyResolver } from './draft-agency.resolver';
import { DraftDiffService } from './draft-diff.service';
import { DraftFieldsResolver } from './draft-fields.resolver';
import { DraftLoaders } from './draft.loaders';
import { DraftsRepository } from './drafts.repository';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';
import { DraftAttachmentEntity } from './entities/draft-attachment.entity';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { DraftEntity } from './entities/draft.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { DraftsDemoSeed } from '../seed/drafts-demo-seed';
import { ProvisionsRepository } from './provisions.repository';
import { ProvisionsResolver } from './provisions.resolver';
import { ProvisionsService } from './provisions.service';
import { VersionFieldsResolver } from './version-fields.resolver';
import { VersionWriter } from './version-writer';
import { VersionsRepository } from './versions.repository';
import { VersionsResolver } from './versions.resolver';
import { VersionsService } from './versions.service';

/** Drafts, versions, provisions, attachments and the consultation lifecycle. */
@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([DraftEntity, DraftVersionEntity, ProvisionEntity, DraftAttachmentEntity]),
  ],
  controllers: [AttachmentsController],
  providers: [
    DraftsRepository,
    VersionsRepository,
    ProvisionsRepository,
    AttachmentsRepository,
    DraftsService,
    ConsultationService,
    VersionsService,
    VersionWriter,
    ProvisionsService,
    AttachmentsService,
    DraftDiffService,
    DraftLoaders,
    DraftsResolver,
    DraftFieldsResolver,
    DraftAgencyResolver,
    VersionsResolver,
    VersionFieldsResolver,
    ProvisionsResolver,
    AttachmentsResolver,
    DraftsDemoSeed,
  ],
  exports: [DraftsService, ConsultationService, ProvisionsService, VersionsService, DraftLoaders],
})
export class DraftsModule {}
