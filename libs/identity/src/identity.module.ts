import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerAuthenticator } from '@thamvan/core';
import { AccountMailService } from './account-tokens/account-mail.service';
import { AccountRecoveryResolver } from './account-tokens/account-recovery.resolver';
import { AccountRecoveryService } from './account-tokens/account-recovery.service';
import { AccountTokensRepository } from './account-tokens/account-tokens.repository';
import { AccountTokensService } from './account-tokens/account-tokens.service';
import { AccountTokenEntity } from './account-tokens/entities/account-token.entity';
import {
  AgenciesResolver,
  AgencyMemberResolver,
  AgencyMembershipResolver,
} from './agencies/agencies.resolver';
import { AgenciesRepository } from './agencies/agencies.repository';
import { AgenciesService } from './agencies/agencies.service';
import { AgencyMembershipEntity } from './agencies/entities/agency-membership.entity';
import { AgencyEntity } from './agencies/entities/agency.entity';
import { IdentityLimiter } from './common/identity-limiter';
import { DEFAULT_IDENTITY_OPTIONS, IDENTITY_OPTIONS } from './identity.options';
import { PasswordHasher } from './passwords/password-hasher';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { PersonalDataService } from './personal-data/personal-data.service';
import { ProvincesResolver } from './provinces/provinces.resolver';
import { RolesRepository } from './roles/roles.repository';
import { RolesResolver } from './roles/roles.resolver';
import { RolesService } from './roles/roles.service';
import { PublicAuthorsService } from './public-authors/public-authors.service';
import { IdentityDemoSeed } from './seed/identity-demo-seed';
import { AuthResolver } from './sessions/auth.resolver';
import { AuthService } from './sessions/auth.service';
import { AuthSessionEntity } from './sessions/entities/auth-session.entity';
import { RefreshTokenEntity } from './sessions/entities/refresh-token.entity';
import { JwtViewerAuthenticator } from './sessions/jwt-viewer-authenticator';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { UserEntity } from './users/entities/user.entity';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/**
 * Identity and access: accounts, agencies and officers, sessions, e-mail verification and
 * password reset, personal-data rights. Provides the real ViewerAuthenticator (JWT), which
 * the API binds for GraphQL and the socket.io handshake.
 *
 * Authorisation before validation (CONTRACT.md): there is no global ValidationPipe.
 * Resolvers hand raw arguments to one service method; the service first checks who may
 * call it (`requireViewer`/`requireRole`/`requireAgencyRole`, or `@CurrentUser()` for
 * sign-in-only operations), and only then validates its input with `validateInput()`
 * (class-validator), so a caller who may not use an operation at all learns nothing about
 * their input. Features built on identity follow the same rule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      AgencyEntity,
      AgencyMembershipEntity,
      AuthSessionEntity,
      RefreshTokenEntity,
      AccountTokenEntity,
    ]),
  ],
  providers: [
    { provide: IDENTITY_OPTIONS, useValue: DEFAULT_IDENTITY_OPTIONS },
    PasswordHasher,
    IdentityLimiter,
    AgenciesRepository,
    RolesRepository,
    SessionsRepository,
    AccountTokensRepository,
    UsersService,
    AgenciesService,
    SessionsService,
    AuthService,
    AccountTokensService,
    AccountMailService,
    AccountRecoveryService,
    PersonalDataRegistry,
    PersonalDataService,
    PublicAuthorsService,
    JwtViewerAuthenticator,
    { provide: ViewerAuthenticator, useExisting: JwtViewerAuthenticator },
    IdentityDemoSeed,
    UsersResolver,
    AgenciesResolver,
    AgencyMembershipResolver,
    AgencyMemberResolver,
    RolesService,
    RolesResolver,
    AuthResolver,
    AccountRecoveryResolver,
    PersonalDataResolver,
    ProvincesResolver,
  ],
  exports: [
    ViewerAuthenticator,
    IDENTITY_OPTIONS,
    UsersService,
    AgenciesService,
    AuthService,
    SessionsService,
    PublicAuthorsService,
    PersonalDataRegistry,
    PasswordHasher,
  ],
})
export class IdentityModule {}
