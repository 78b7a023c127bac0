import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, HttpErrorFilter } from '@thamvan/core';
import { LiveIoAdapter } from '@thamvan/live';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureHttp } from './http-setup';

/** Builds the API application exactly as `npm start` runs it; tests use it too. */
export async function createApiApp(options: {
  config: AppConfig;
  databaseUrl: string;
  runRelay: boolean;
}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
    // Throw instead of process.exit, so the caller can stop embedded PostgreSQL first.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  configureHttp(app);
  app.useGlobalFilters(new HttpErrorFilter());
  app.useWebSocketAdapter(new LiveIoAdapter(app));
  return app;
}
