import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyKind } from '../../users/dto/identity.enums';
import { AgencyEntity } from '../entities/agency.entity';

@ObjectType('Agency', { description: 'A drafting agency (ministry, provincial committee, …).' })
export class AgencyObject {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short upper-case code, e.g. BTP.' })
  code: string;

  @Field({ description: 'Full name, e.g. Bộ Tư pháp.' })
  name: string;

  @Field(() => AgencyKind, { description: 'What kind of body the agency is.' })
  kind: AgencyKind;
}

export function toAgencyObject(entity: AgencyEntity): AgencyObject {
  return { id: entity.id, code: entity.code, name: entity.name, kind: entity.kind as AgencyKind };
}
