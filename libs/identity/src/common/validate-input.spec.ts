import { DomainError, ErrorCode } from '@thamvan/core';
import { CreateAgencyInput } from '../agencies/dto/create-agency.input';
import { RegisterInput } from '../users/dto/register.input';
import { validateInput } from './validate-input';

describe(validateInput.name, () => {
  async function failure(promise: Promise<unknown>): Promise<{ code: ErrorCode; field: unknown }> {
    try {
      await promise;
    } catch (error) {
      return { code: (error as DomainError).code, field: (error as DomainError).details?.field };
    }
    throw new Error('expected a failure');
  }

  it('returns a cleaned, typed instance', async () => {
    const input = await validateInput(CreateAgencyInput, { code: ' btp ', name: ' Bộ   Tư pháp ' });
    expect(input).toBeInstanceOf(CreateAgencyInput);
    expect(input).toMatchObject({ code: 'BTP', name: 'Bộ Tư pháp' });
  });

  it('raises BAD_USER_INPUT naming the first bad field', async () => {
    expect(await failure(validateInput(CreateAgencyInput, { code: 'x', name: 'Bộ Tư pháp' }))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'code',
    });
    const org = { email: 'a@b.vn', password: 'long password', displayName: 'Tên', kind: 'ORGANIZATION' };
    expect(await failure(validateInput(RegisterInput, org))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'organizationName',
    });
  });

  it('defaults the author kind to INDIVIDUAL', async () => {
    const input = await validateInput(RegisterInput, { email: 'a@b.vn', password: 'p', displayName: 'Tên' });
    expect(input.kind).toBe('INDIVIDUAL');
  });
});
