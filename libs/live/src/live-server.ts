import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import { ServerEventName, ServerEventPayload, ServerToClientEvents } from './live.events';

/**
 * The one place events leave for clients. The API process hands it the /live namespace of
 * its socket.io server; a worker hands it the namespace of a socket.io node with no HTTP
 * listener that shares rooms through the Redis Streams adapter. Emitting serialises the
 * payload once per broadcast (socket.io's adapter encodes the packet once and writes the
 * same frame to every socket), not once per socket. Given several rooms, a socket that is in
 * more than one of them still receives the event once.
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

  /**
   * Closes every socket in the room, on every process sharing the adapter (socket.io's
   * disconnectSockets goes through the Redis Streams adapter like an emit).
   */
  disconnect(room: string): void {
    this.namespace?.in(room).disconnectSockets(true);
  }

  emit<E extends ServerEventName>(room: string | string[], event: E, payload: ServerEventPayload<E>): void {
    if (!this.namespace) return;
    // socket.io's emit is typed per event through the generic map.
    (this.namespace.to(room).emit as (event: E, payload: ServerEventPayload<E>) => boolean)(event, payload);
  }
}
