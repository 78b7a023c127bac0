export * from './moderation.module';
export * from './moderation.options';
export * from './decisions/apply-decision';
export * from './decisions/dto/moderation-action.enum';
export * from './decisions/entities/moderation-decision.entity';
export * from './screening';
