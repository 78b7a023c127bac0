import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';
import { cleanLine } from '@thamvan/core';

/**
 * The public profile's field rules, one home for registration (RegisterInput) and profile
 * changes (UpdateProfileInput). Whether a field is required, and when, stays with each input.
 */
const clean = ({ value }: { value: unknown }) => (typeof value === 'string' ? cleanLine(value) : value);

export const DISPLAY_NAME_LENGTH = { min: 2, max: 80 };
export const ORGANIZATION_NAME_LENGTH = { min: 2, max: 200 };

/** Name shown on comments: cleaned, 2–80 characters. */
export function DisplayNameRules(): PropertyDecorator {
  return applyDecorators(
    Transform(clean),
    IsString(),
    Length(DISPLAY_NAME_LENGTH.min, DISPLAY_NAME_LENGTH.max, {
      message: 'displayName must have 2–80 characters',
    }),
  );
}

/** An organisation's name: cleaned, 2–200 characters. */
export function OrganizationNameRules(): PropertyDecorator {
  return applyDecorators(
    Transform(clean),
    IsString({ message: 'organizationName is required for an organisation' }),
    Length(ORGANIZATION_NAME_LENGTH.min, ORGANIZATION_NAME_LENGTH.max, {
      message: 'organizationName must have 2–200 characters',
    }),
  );
}

/** A province as typed (resolved to one of the 34 units by provinceFromInput). */
export function ProvinceRules(): PropertyDecorator {
  return applyDecorators(IsString(), MaxLength(100));
}
