// Every migration, in order. `npm run migration:generate -- Name` writes the file and adds
// it here; a migration is never edited once landed.
import { Foundation1795343056439 } from './1795343056439-Foundation';

export const MIGRATIONS = [Foundation1795343056439];
