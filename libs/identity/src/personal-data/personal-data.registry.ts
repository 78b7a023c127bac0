import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * A feature's part of a person's data (Vietnam's personal-data law: the right to see and
 * to erase what is stored about oneself). Feedback adds comments and reactions; identity
 * contributes the account itself.
 */
export interface PersonalDataSection {
  /** Key of the section in `myData`, e.g. "comments". */
  name: string;
  collect(manager: EntityManager, userId: string): Promise<unknown>;
  /**
   * Anonymises or deletes the feature's data of a deleted account, inside the deletion's
   * transaction (enqueue outbox events there too). Public records stay, without the person.
   */
  erase?(manager: EntityManager, userId: string): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly sections = new Map<string, PersonalDataSection>();

  register(section: PersonalDataSection): void {
    if (this.sections.has(section.name))
      throw new Error(`personal-data section "${section.name}" registered twice`);
    this.sections.set(section.name, section);
  }

  all(): PersonalDataSection[] {
    return [...this.sections.values()];
  }
}
