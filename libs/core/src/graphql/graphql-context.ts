import type { Request, Response } from 'express';
import { Viewer } from '../auth/viewer';
import { RequestLoaders } from '../dataloader/request-loaders';

/** What every resolver receives as its context. Read the viewer with @CurrentViewer(). */
export interface GraphqlContext {
  req: Request;
  res: Response;
  requestId: string;
  loaders: RequestLoaders;
  /** null for anonymous requests. */
  viewer: Viewer | null;
  /** Set when credentials were sent but refused; @CurrentViewer() throws it. */
  authError?: Error;
}
