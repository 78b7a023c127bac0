import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { cleanText } from '../../common/text';
import { AuthorKind } from './identity.enums';

const clean = ({ value }: { value: unknown }) => (typeof value === 'string' ? cleanText(value) : value);

/** The public profile; every field optional, an omitted one unchanged. Same rules as RegisterInput. */
@InputType({ description: 'Changes to the public profile; omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Name shown on comments, 2–80 characters.' })
  @Transform(clean)
  @IsOptional()
  @IsString()
  @Length(2, 80, { message: 'displayName must have 2–80 characters' })
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
  @Transform(clean)
  @ValidateIf((o: UpdateProfileInput) => !!o.organizationName)
  @IsString()
  @Length(2, 200, { message: 'organizationName must have 2–200 characters' })
  organizationName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Province or city (current or former name, with or without diacritics); an empty string clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;
}
