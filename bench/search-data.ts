/**
 * The data set of `bench:search`, shared with `bench:search-page`: comments whose bodies are
 * drawn from the fixture laws' syllables (frequency-skewed like real text; the RARE words
 * planted in ~50 comments each per million), 20 drafts of 5 agencies, 20,000 authors in 10
 * provinces, seeded straight in SQL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const ROOT = join(__dirname, '..');
export const RARE = ['voọc', 'sếu', 'gấu', 'hươu', 'nhím'];
export const PROVINCES = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
  'Huế',
  'Nghệ An',
  'Thanh Hóa',
  'Lâm Đồng',
  'Gia Lai',
];

/** Syllables of the fixture laws, most frequent first (lower case, NFC). */
export function vocabulary(): string[] {
  const dir = join(ROOT, 'test/fixtures/laws');
  const files = [
    ...readdirSync(dir).map((f) => join(dir, f)),
    ...readdirSync(join(dir, 'extra')).map((f) => join(dir, 'extra', f)),
  ];
  const counts = new Map<string, number>();
  for (const file of files.filter((f) => f.endsWith('.txt'))) {
    for (const w of readFileSync(file, 'utf8')
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  // A few English words in the fixtures' headers are not part of the laws' Vietnamese.
  const english = new Set(['of', 'and', 'the', 'to', 'in', 'for', 'on', 'by', 'with', 'or', 'is', 'be', 'a']);
  const foreign = (w: string) => english.has(w) || (/^[a-z]+$/.test(w) && w.length > 7);
  return [...counts.entries()]
    .filter(([w]) => !foreign(w))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w);
}

export async function seed(
  db: DataSource,
  words: string[],
  comments: number,
  say: (line: string) => void = () => undefined,
): Promise<{ hotDraft: string }> {
  await db.query(
    `INSERT INTO agency (code, name, kind) SELECT 'A' || i, 'Cơ quan ' || i, 'MINISTRY' FROM generate_series(1, 5) i`,
  );
  await db.query(
    `INSERT INTO app_user (email, email_normalized, display_name, kind, organization_name, province, verification_level)
     SELECT 'b' || i || '@example.vn', 'b' || i || '@example.vn', 'Người dùng ' || i,
            CASE WHEN i % 10 = 0 THEN 'ORGANIZATION' ELSE 'INDIVIDUAL' END,
            CASE WHEN i % 10 = 0 THEN 'Hiệp hội ' || i END,
            ($1::text[])[1 + i % 10], CASE WHEN i % 3 = 0 THEN 'EMAIL' ELSE 'NONE' END
       FROM generate_series(1, 20000) i`,
    [PROVINCES],
  );
  await db.query(
    `INSERT INTO draft (agency_id, title, doc_type, created_by, opens_at, closes_at)
     SELECT (SELECT id FROM agency ORDER BY code OFFSET (i % 5) LIMIT 1), 'Dự thảo luật số ' || i, 'LAW',
            (SELECT id FROM app_user LIMIT 1), now() - interval '100 days', now() + interval '30 days'
       FROM generate_series(1, 20) i`,
  );
  await db.query(
    `INSERT INTO draft_version (draft_id, number, published_at, created_by)
     SELECT id, 1, now() - interval '100 days', created_by FROM draft`,
  );
  await db.query(
    `INSERT INTO provision (version_id, key, kind, number, label, full_label, heading, text, ordinal, depth, lineage_id)
     SELECT v.id, 'chuong-' || (1 + (n - 1) / 5) || '/dieu-' || n, 'ARTICLE', n::text, 'Điều ' || n, 'Điều ' || n,
            'Quy định về nội dung ' || n, '', n, 1, gen_random_uuid()
       FROM draft_version v, generate_series(1, 50) n`,
  );
  await db.query(`CREATE TEMP TABLE bench_prov AS
    SELECT row_number() OVER (ORDER BY d.created_at, d.id, p.ordinal) - 1 AS i, d.id AS draft_id, v.id AS version_id, p.id AS provision_id, p.lineage_id
      FROM draft d JOIN draft_version v ON v.draft_id = d.id JOIN provision p ON p.version_id = v.id`);
  await db.query(
    `CREATE TEMP TABLE bench_user AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id FROM app_user`,
  );
  await db.query(`CREATE INDEX ON bench_prov (i)`);
  await db.query(`CREATE INDEX ON bench_user (i)`);
  const chunk = 100_000;
  for (let from = 0; from < comments; from += chunk) {
    const to = Math.min(comments, from + chunk) - 1;
    // A third of the comments on the first draft (a national consultation concentrates).
    await db.query(
      `INSERT INTO comment (draft_id, version_id, provision_id, lineage_id, author_id, body, stance, proposed_text,
                            status, idempotency_key, input_hash, created_at)
       SELECT p.draft_id, p.version_id, p.provision_id, p.lineage_id, u.id, b.body,
              (ARRAY['SUPPORT','OPPOSE','AMEND','QUESTION','NEUTRAL', NULL])[1 + g % 6],
              CASE WHEN g % 6 = 2 THEN 'Đề nghị sửa thành: ' || left(b.body, 80) END,
              CASE WHEN g % 50 = 0 THEN 'HIDDEN' WHEN g % 97 = 0 THEN 'PENDING' ELSE 'PUBLISHED' END,
              gen_random_uuid(), 'bench',
              now() - interval '90 days' + (g * interval '90 days' / $3)
         FROM generate_series($1::int, $2::int) g
         JOIN bench_prov p ON p.i = CASE WHEN g % 3 = 0 THEN g % 50 ELSE g % 1000 END
         JOIN bench_user u ON u.i = (g::bigint * 7919) % 20000
         CROSS JOIN LATERAL (
           SELECT array_to_string(ARRAY(
                    SELECT ($4::text[])[1 + floor(array_length($4::text[], 1) * power(random(), 3))::int]
                       FROM generate_series(1, 12 + (g % 30)) k), ' ')
                  || CASE WHEN g % 20011 < 5 THEN ' ' || ($5::text[])[1 + g % 20011] ELSE '' END AS body
         ) b`,
      [from, to, comments, words, RARE],
    );
    say(`comments: ${to + 1}`);
  }
  await db.query(`ANALYZE`);
  const [{ id }] = await db.query(`SELECT id FROM draft ORDER BY created_at, id LIMIT 1`);
  return { hotDraft: id };
}
