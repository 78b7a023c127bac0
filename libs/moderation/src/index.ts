export * from './moderation.module';
export * from './decisions/dto/moderation-action.enum';
export * from './decisions/entities/moderation-decision.entity';
