import { dataSourceOptions } from '@thamvan/core';
import { DataSource } from 'typeorm';

/** A plain TypeORM DataSource on a test database, for tests below the HTTP layer. */
export async function openDataSource(url: string, poolSize = 10): Promise<DataSource> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), extra: { max: poolSize } });
  return dataSource.initialize();
}
