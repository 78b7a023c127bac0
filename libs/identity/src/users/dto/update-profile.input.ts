import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, ValidateIf } from 'class-validator';
import { AuthorKind } from './identity.enums';
import { DisplayNameRules, OrganizationNameRules, ProvinceRules } from './profile-rules';

/** The public profile; every field optional, an omitted one unchanged. The rules of RegisterInput. */
@InputType({ description: 'Changes to the public profile; omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Name shown on comments, 2–80 characters.' })
  @IsOptional()
  @DisplayNameRules()
  displayName?: string | null;

  @Field(() => AuthorKind, { nullable: true, description: 'Person or organisation.' })
  @IsOptional()
  @IsEnum(AuthorKind)
  kind?: AuthorKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of the organisation, 2–200 characters; required for ORGANIZATION accounts. Ignored for individuals.',
  })
  @ValidateIf((o: UpdateProfileInput) => !!o.organizationName)
  @OrganizationNameRules()
  organizationName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Province or city (current or former name, with or without diacritics); an empty string clears it.',
  })
  @IsOptional()
  @ProvinceRules()
  province?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Mail me when the drafting agency answers one of my comments (default true).',
  })
  @IsOptional()
  @IsBoolean()
  notifyOnAnswers?: boolean | null;
}
