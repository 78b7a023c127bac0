import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/open-data';
import { ExportColumns } from '../components/ExportColumns';
import { webContext } from '../context';
import { t } from '../i18n';
import { pageMeta } from '../lib/meta';
import { exportHref } from '../lib/search-params';

/**
 * How to take thamvan's public data: the exports, permalinks, the GraphQL endpoint, the
 * licence, and examples to copy. The addresses in the examples are this server's own.
 */
export function loader({ context }: Route.LoaderArgs) {
  const origin = context.get(webContext).publicUrl.replace(/\/+$/, '');
  const csv = `${origin}${exportHref('csv', { q: 'đất đai', stance: ['AMEND'] })}`;
  const ndjson = `${origin}${exportHref('ndjson', { q: 'đất đai' })}`;
  return {
    origin,
    examples: {
      curl: [
        `curl -o gop-y.csv '${csv}'`,
        `curl -s '${ndjson}' | head -n 3`,
        `curl -s ${origin}/graphql -H 'content-type: application/json' \\`,
        `  -d '{"query":"{ searchComments(input: {q: \\"dat dai\\", first: 5}) { totalCount hits { comment { id body } } } }"}'`,
      ].join('\n'),
      pandas: [
        'import pandas as pd',
        '',
        `url = "${csv}"`,
        'df = pd.read_csv(url, encoding="utf-8-sig")',
        'print(len(df), "góp ý")',
        'print(df.groupby("provision_label")["id"].count().sort_values(ascending=False).head(10))',
      ].join('\n'),
      r: [
        `url <- "${csv}"`,
        'df <- read.csv(url, encoding = "UTF-8", fileEncoding = "UTF-8-BOM")',
        'nrow(df)',
        'head(sort(table(df$provision_label), decreasing = TRUE), 10)',
      ].join('\n'),
    },
  };
}

export function meta() {
  return pageMeta(t.openData.title, { description: t.openData.intro });
}

export default function OpenData() {
  const { origin, examples } = useLoaderData<typeof loader>();
  return (
    <div className="page page--narrow prose-page open-data">
      <h1>{t.openData.title}</h1>
      <p className="lead">{t.openData.intro}</p>
      <section aria-labelledby="giay-phep">
        <h2 id="giay-phep">{t.openData.licenceTitle}</h2>
        <p>{t.openData.licence}</p>
        <p>{t.openData.noPersonal}</p>
      </section>
      <section aria-labelledby="tai-ve">
        <h2 id="tai-ve">{t.openData.exportsTitle}</h2>
        <p>{t.openData.exportsText}</p>
        <p>
          <Link to="/tim-kiem">{t.search.title}</Link>
        </p>
        <h3>{t.openData.columnsTitle}</h3>
        <ExportColumns />
      </section>
      <section aria-labelledby="duong-dan">
        <h2 id="duong-dan">{t.openData.permalinksTitle}</h2>
        <p>{t.openData.permalinks}</p>
      </section>
      <section aria-labelledby="graphql">
        <h2 id="graphql">{t.openData.graphqlTitle}</h2>
        <p>{t.openData.graphql}</p>
        <p>
          <code>{`${origin}/graphql`}</code>
        </p>
      </section>
      <section aria-labelledby="vi-du">
        <h2 id="vi-du">{t.openData.examplesTitle}</h2>
        <h3>{t.openData.curl}</h3>
        <pre className="code" tabIndex={0}>
          <code>{examples.curl}</code>
        </pre>
        <h3>{t.openData.pandas}</h3>
        <pre className="code" tabIndex={0}>
          <code>{examples.pandas}</code>
        </pre>
        <h3>{t.openData.r}</h3>
        <pre className="code" tabIndex={0}>
          <code>{examples.r}</code>
        </pre>
      </section>
      <section aria-labelledby="gioi-han">
        <h2 id="gioi-han">{t.openData.limitsTitle}</h2>
        <p>{t.openData.limits}</p>
      </section>
    </div>
  );
}
