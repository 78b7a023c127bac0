export * from './synthesis.module';
export * from './synthesis.options';
export * from './campaigns/campaigns.module';
export * from './campaigns/campaign-grouper';
export * from './campaigns/text-signature';
export * from './responses/dto/response.object';
export * from './report/report.model';
export * from './statistics/statistics.service';
