import type { ReactElement } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { EntryView } from '../../components/Knowledge/EntryView';
import type { KnowledgeEntry } from '../../components/Knowledge/knowledge';
import { entryById, findEntries } from '../../components/Knowledge/knowledge';
import { Layout } from '../../components/Layout/Layout';

/** Questions patients ask most; shown first when they exist in the knowledge base. */
const featured = ['depression', 'naloxone'];

const topicTitles: Record<string, string> = {
  results: 'Results',
  uses: 'What it is used for',
  starting: 'Starting treatment',
  forms: 'Tablets, injection and implant',
  safety: 'Staying safe',
  'side-effects': 'Side effects',
  'daily-life': 'Daily life',
  'off-label': 'Other uses (off-label)',
  background: 'Background',
};

function groups(
  entries: readonly KnowledgeEntry[],
  searching: boolean,
): [string, KnowledgeEntry[]][] {
  if (searching) {
    return [['results', [...entries]]];
  }
  const order = Object.keys(topicTitles);
  const byTopic = new Map<string, KnowledgeEntry[]>();
  for (const e of entries) {
    byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
  }
  return [...byTopic.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

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
      {groups(rest, query !== '').map(([topic, entries]) => (
        <section className="card" aria-labelledby={`topic-${topic}`} key={topic}>
          <h2 id={`topic-${topic}`}>{topicTitles[topic] ?? topic}</h2>
          <ul>
            {entries.map((e) => (
              <li key={e.id}>
                <Link href={`/learn/${e.id}`}>{e.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
