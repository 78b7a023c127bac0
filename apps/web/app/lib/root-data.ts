import { useRouteLoaderData } from 'react-router';
import type { loader } from '../root';

/** What the root loader gives every page: the signed-in viewer and the page's security values. */
export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>('root');
}
