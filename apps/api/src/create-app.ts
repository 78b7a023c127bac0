import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, HttpErrorFilter } from '@thamvan/core';
import { LiveIoAdapter } from '@thamvan/live';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureHttp } from './http-setup';
import { loadWebClient, loopbackUrl } from './web-client';

/** Builds the API application exactly as `npm start` runs it; tests use it too. */
export async function createApiApp(options: {
  config: AppConfig;
  databaseUrl: string;
  runRelay: boolean;
  /** Serve the web client's pages too (when built): `npm start` does. */
  webClient?: boolean;
}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
    // Throw instead of process.exit, so the caller can stop embedded PostgreSQL first.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  const web = options.webClient
    ? await loadWebClient({
        config: options.config,
        apiUrl: () => loopbackUrl(app.getHttpServer().address()),
      })
    : null;
  configureHttp(app, { web });
  app.useGlobalFilters(new HttpErrorFilter());
  app.useWebSocketAdapter(new LiveIoAdapter(app));
  return app;
}
