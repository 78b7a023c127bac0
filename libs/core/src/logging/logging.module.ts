import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { createRootLogger, loggerParams } from './logger.options';

/** The process's pino logger, for requestLogging() in the HTTP setup. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, destination: 1 | 2 = 1): DynamicModule {
    const logger = createRootLogger(config, destination);
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(loggerParams(logger))],
      providers: [{ provide: ROOT_LOGGER, useValue: logger }],
      exports: [LoggerModule, ROOT_LOGGER],
    };
  }
}
