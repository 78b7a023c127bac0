import type { Request, Response } from 'express';
import { RequestLoaders } from '../dataloader/request-loaders';

/** What every resolver receives as its context. Identity adds the authenticated viewer. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  requestId: string;
  loaders: RequestLoaders;
}
