import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { cleanLine } from '@thamvan/core';
import { AgencyKind } from '../../users/dto/identity.enums';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? cleanLine(value) : value);

@InputType({ description: 'A new agency.' })
export class CreateAgencyInput {
  @Field({ description: 'Short code, 2–20 letters, digits or dashes; stored upper case (BTP).' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, { message: 'code must be 2–20 letters, digits or dashes' })
  code: string;

  @Field({ description: 'Full name, 2–200 characters.' })
  @Transform(trimmed)
  @IsString()
  @Length(2, 200, { message: 'name must have 2–200 characters' })
  name: string;

  @Field(() => AgencyKind, { nullable: true, description: 'What kind of body it is; OTHER when omitted.' })
  @IsOptional()
  @IsEnum(AgencyKind)
  kind?: AgencyKind | null;
}
