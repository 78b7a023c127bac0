import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { loggerParams } from './logger.options';

@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination: 1 | 2 = 1): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(loggerParams(config, destination))],
      exports: [LoggerModule],
    };
  }
}
