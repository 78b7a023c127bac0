import { io, Socket } from 'socket.io-client';

export type LiveClient = Socket;

/** A real socket.io client on namespace /live, websocket only, as a browser would connect. */
export function connectLive(
  baseUrl: string,
  options: { token?: string; origin?: string; extraHeaders?: Record<string, string> } = {},
): Promise<LiveClient> {
  const socket = io(`${baseUrl}/live`, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: options.token ? { token: options.token } : {},
    extraHeaders:
      options.origin || options.extraHeaders
        ? { ...(options.origin ? { origin: options.origin } : {}), ...options.extraHeaders }
        : undefined,
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
      socket.close();
      reject(error);
    });
  });
}

export function request(socket: LiveClient, event: 'subscribe' | 'unsubscribe', payload: unknown) {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<{ ok: boolean; code?: string }>;
}

/** Resolves with the next `event` payload that matches, or rejects after `ms`. */
export function nextEvent<T = Record<string, unknown>>(
  socket: LiveClient,
  event: string,
  matches: (payload: T) => boolean = () => true,
  ms = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`no matching ${event} within ${ms} ms`));
    }, ms);
    const on = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolve(payload);
    };
    socket.on(event, on);
  });
}

/** Collects every `event` payload from now on. */
export function collect<T = Record<string, unknown>>(socket: LiveClient, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}
