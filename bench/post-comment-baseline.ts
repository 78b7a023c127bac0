/**
 * The baseline of `bench/post-comment.ts` (PERFORMANCE.md): a bare @apollo/server 5 +
 * `pg` server whose postComment inserts the comment and its outbox event in ONE statement
 * (a CTE), nothing else: no authentication, validation, rate limit or framework. Started as
 * a child process by the bench: `node scripts/bench.js bench/post-comment-baseline.ts`
 * with DATABASE_URL and PORT; prints `listening <port>` when ready.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Pool } from 'pg';

const typeDefs = /* GraphQL */ `
  type Comment {
    id: ID!
    createdAt: String!
  }
  input PostCommentInput {
    draftId: ID!
    provisionId: ID
    body: String!
    stance: String
    idempotencyKey: String!
  }
  type Query {
    ok: Boolean
  }
  type Mutation {
    postComment(input: PostCommentInput!): Comment!
  }
`;

const BASELINE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS comment (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), draft_id uuid NOT NULL, provision_id uuid,
    author text NOT NULL, body text NOT NULL, stance text, idempotency_key uuid NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS outbox_event (
    id bigserial PRIMARY KEY, topic text NOT NULL, aggregate_id text NOT NULL, payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now());`;

interface Input {
  draftId: string;
  provisionId?: string | null;
  body: string;
  stance?: string | null;
  idempotencyKey: string;
}

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  await pool.query(BASELINE_SCHEMA);
  const server = new ApolloServer<{ author: string }>({
    typeDefs,
    resolvers: {
      Mutation: {
        postComment: async (_: unknown, { input }: { input: Input }, ctx: { author: string }) => {
          const { rows } = await pool.query<{ id: string; created_at: Date }>(
            `WITH c AS (
               INSERT INTO comment (draft_id, provision_id, author, body, stance, idempotency_key)
               VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, draft_id, provision_id, created_at)
             , o AS (
               INSERT INTO outbox_event (topic, aggregate_id, payload)
               SELECT 'comment.created', c.id::text,
                      jsonb_build_object('draftId', c.draft_id, 'provisionId', c.provision_id, 'commentId', c.id)
                 FROM c)
             SELECT id, created_at FROM c`,
            [
              input.draftId,
              input.provisionId ?? null,
              ctx.author,
              input.body,
              input.stance ?? null,
              input.idempotencyKey,
            ],
          );
          return { id: rows[0].id, createdAt: rows[0].created_at.toISOString() };
        },
      },
    },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
    // The bearer token stands in for the author; the baseline verifies nothing.
    context: ({ req }) =>
      Promise.resolve({ author: String(req.headers.authorization ?? 'anonymous').slice(-16) }),
  });
  process.stdout.write(`listening ${new URL(url).port}\n`);
  process.once('SIGTERM', () => {
    void server
      .stop()
      .then(() => pool.end())
      .then(() => process.exit(0));
  });
}

// Loaded by scripts/bench.js (so require.main is the runner): the bench sets BENCH_ROLE.
if (process.env.BENCH_ROLE === 'baseline') {
  main().catch((error: unknown) => {
    process.stderr.write(`baseline failed: ${String(error)}\n`);
    process.exit(1);
  });
}
