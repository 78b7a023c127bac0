import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { AuthorKind } from './identity.enums';
import { DisplayNameRules, OrganizationNameRules, ProvinceRules } from './profile-rules';

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Field({ description: 'E-mail address; unique, compared without regard to case.' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').trim() : value,
  )
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: '10–256 characters, not the e-mail address.' })
  @IsString()
  password: string;

  @Field({ description: 'Name shown on comments, 2–80 characters.' })
  @DisplayNameRules()
  displayName: string;

  @Field(() => AuthorKind, {
    defaultValue: AuthorKind.INDIVIDUAL,
    description: 'Person or organisation; INDIVIDUAL when omitted.',
  })
  @IsEnum(AuthorKind)
  kind: AuthorKind = AuthorKind.INDIVIDUAL;

  @Field(() => String, {
    nullable: true,
    description: 'Required for ORGANIZATION accounts, 2–200 characters.',
  })
  @ValidateIf((o: RegisterInput) => o.kind === AuthorKind.ORGANIZATION || !!o.organizationName)
  @OrganizationNameRules()
  organizationName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Province or city; current or former (pre-July 2025) names, with or without diacritics.',
  })
  @IsOptional()
  @ProvinceRules()
  province?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Version of the terms of use accepted; the current version when omitted.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  acceptedTermsVersion?: string | null;
}
