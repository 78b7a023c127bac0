import type { TypedDocumentString } from '../gql/graphql';

/** One GraphQL error as the API sends it (`extensions.code`, and `field` for bad input). */
export interface ApiErrorItem {
  message: string;
  code: string;
  field?: string;
  retryAfterSeconds?: number;
}

/** The API refused or failed; `code` is the first error's `extensions.code`. */
export class ApiError extends Error {
  constructor(readonly errors: ApiErrorItem[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; ') || 'API error');
    this.name = 'ApiError';
  }
  get code(): string {
    return this.errors[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
  get field(): string | undefined {
    return this.errors.find((e) => e.field)?.field;
  }
}

export interface ApiOptions {
  /** Where /graphql answers (this very process, over loopback, under `npm start`). */
  baseUrl: string;
  accessToken: string | null;
  /** The visitor's address, forwarded so the API's per-address limits see citizens, not us. */
  clientIp: string;
  requestId?: string;
  /** The API no longer accepts the session (revoked elsewhere): forget its cookies. */
  onSessionLost?: () => void;
}

type Variables<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

const TIMEOUT_MS = 20_000;

/**
 * The web client's only door to data: typed documents (generated from schema.graphql) sent
 * as JSON to /graphql with the visitor's bearer token. No GraphQL client library: a page
 * asks for what it shows in one or two requests.
 */
export class Api {
  private accessToken: string | null;

  constructor(private readonly options: ApiOptions) {
    this.accessToken = options.accessToken;
  }

  get signedIn(): boolean {
    return this.accessToken !== null;
  }

  /** The rest of this request acts as the account just signed in (or out, with null). */
  useAccessToken(token: string | null): void {
    this.accessToken = token;
  }

  /** Runs a query or mutation; any error becomes an ApiError. */
  async run<R, V>(document: TypedDocumentString<R, V>, ...[variables]: Variables<V>): Promise<R> {
    const source = document.toString();
    let body = await this.post(source, variables);
    const lostSession = this.accessToken !== null && body.errors?.some((e) => e.code === 'UNAUTHENTICATED');
    if (lostSession) {
      // The token looked fresh but its session ended (logout elsewhere, password change):
      // sign the browser out; a read is retried as the public would see it.
      this.accessToken = null;
      this.options.onSessionLost?.();
      if (/^\s*query\b/.test(source)) body = await this.post(source, variables);
    }
    if (body.errors?.length) throw new ApiError(body.errors);
    if (!body.data) throw new ApiError([{ message: 'empty answer', code: 'INTERNAL_SERVER_ERROR' }]);
    return body.data as R;
  }

  /**
   * A file of the API's public REST doors (`/api/...`: report .docx and .csv), fetched as this
   * visitor so an officer's unpublished report comes with their rights; the response is
   * passed on as it is, status and headers included.
   */
  async download(path: string): Promise<Response> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.options.clientIp };
    if (this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    if (this.options.requestId) headers['x-request-id'] = this.options.requestId;
    return fetch(`${this.options.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(120_000) });
  }

  private async post(
    query: string,
    variables: unknown,
  ): Promise<{ data?: unknown; errors?: ApiErrorItem[] }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': this.options.clientIp,
    };
    if (this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    if (this.options.requestId) headers['x-request-id'] = this.options.requestId;
    const response = await fetch(`${this.options.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const json = (await response.json().catch(() => ({}))) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    if (!json.data && !json.errors) {
      return { errors: [{ message: `HTTP ${response.status}`, code: codeForStatus(response.status) }] };
    }
    return {
      data: json.data ?? undefined,
      errors: json.errors?.map((e) => ({
        message: e.message,
        code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
        field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
        retryAfterSeconds:
          typeof e.extensions?.retryAfterSeconds === 'number' ? e.extensions.retryAfterSeconds : undefined,
      })),
    };
  }
}

function codeForStatus(status: number): string {
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status >= 400 && status < 500) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}
