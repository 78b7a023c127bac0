import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

/** TypeORM connection for the app. Migrations are applied before Nest starts (migrate.ts). */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url),
          autoLoadEntities: true,
          migrationsRun: false,
          retryAttempts: 2,
          retryDelay: 500,
        }),
      ],
    };
  }
}
