import DataLoader from 'dataloader';

/**
 * Per-request DataLoader cache. Features declare a loader once as a factory and get the
 * request's instance with `ctx.loaders.get(factory)`; a loader never outlives its request,
 * so one user's view (e.g. `myReaction`) cannot leak into another's.
 */
export type LoaderFactory<K, V> = () => DataLoader<K, V>;

export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = factory();
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
