import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import { ServerEventName, ServerEventPayload, ServerToClientEvents } from './live.events';

/**
 * The one place events leave for clients. The API process hands it the /live namespace of
 * its socket.io server; a worker hands it the namespace of a socket.io node with no HTTP
 * listener that shares rooms through the Redis Streams adapter. Emitting serialises the
 * payload once per room (socket.io broadcasts encode once), not once per socket.
 */
@Injectable()
export class LiveServer {
  private namespace?: Namespace<Record<string, never>, ServerToClientEvents>;

  attach(namespace: Namespace<Record<string, never>, ServerToClientEvents>): void {
    this.namespace = namespace;
  }

  get attached(): boolean {
    return this.namespace !== undefined;
  }

  emit<E extends ServerEventName>(room: string, event: E, payload: ServerEventPayload<E>): void {
    if (!this.namespace) return;
    // socket.io's emit is typed per event through the generic map.
    (this.namespace.to(room).emit as (event: E, payload: ServerEventPayload<E>) => boolean)(event, payload);
  }
}
