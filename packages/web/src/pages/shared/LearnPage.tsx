import type { ReactElement } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { EntryView } from '../../components/Knowledge/EntryView';
import { entryById, findEntries } from '../../components/Knowledge/knowledge';
import { Layout } from '../../components/Layout/Layout';

/** Questions patients ask most; shown first when they exist in the knowledge base. */
const featured = ['depression', 'naloxone'];

/** Education pages for patients and families, from the knowledge base. */
export function LearnPage(): ReactElement {
  const { id } = useParams<{ id?: string }>();
  const [query, setQuery] = useState('');
  if (id) {
    const entry = entryById(id);
    return (
      <Layout narrow>
        <p>
          <Link href="/learn">← All questions</Link>
        </p>
        {entry ? <EntryView entry={entry} base="/learn" /> : <p>No such page.</p>}
      </Layout>
    );
  }
  const all = findEntries(query, 'patient');
  const top = query ? [] : featured.flatMap((word) => findEntries(word, 'patient').slice(0, 1));
  const rest = all.filter((e) => !top.some((t) => t.id === e.id));
  return (
    <Layout narrow>
      <h1>Questions about naltrexone</h1>
      <div className="field" role="search">
        <label htmlFor="learn-search">Search the questions</label>
        <input
          id="learn-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {top.length > 0 && (
        <section className="card" aria-labelledby="featured">
          <h2 id="featured">Most asked</h2>
          <ul>
            {top.map((e) => (
              <li key={e.id}>
                <Link href={`/learn/${e.id}`}>{e.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="all-q">
        <h2 id="all-q">{query ? 'Results' : 'All questions'}</h2>
        <ul>
          {rest.map((e) => (
            <li key={e.id}>
              <Link href={`/learn/${e.id}`}>{e.question}</Link>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
