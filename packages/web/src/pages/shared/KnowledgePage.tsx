import type { ReactElement } from 'react';
import { useDeferredValue, useState } from 'react';
import { Link, useParams } from 'wouter';
import { EntryView, EvidenceBadge } from '../../components/Knowledge/EntryView';
import { entryById, findEntries } from '../../components/Knowledge/knowledge';
import { Layout } from '../../components/Layout/Layout';

/** Knowledge search for clinicians: every entry, with evidence levels and sources. */
export function KnowledgePage(): ReactElement {
  const { id } = useParams<{ id?: string }>();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  if (id) {
    const entry = entryById(id);
    return (
      <Layout>
        <p>
          <Link href="/knowledge">← All questions</Link>
        </p>
        {entry ? <EntryView entry={entry} base="/knowledge" /> : <p>No such entry.</p>}
      </Layout>
    );
  }
  const results = findEntries(deferred);
  return (
    <Layout>
      <h1>Knowledge base</h1>
      <p className="muted">
        Cited answers about naltrexone. Each entry shows the strength of its evidence and its
        sources.
      </p>
      <div className="field" role="search">
        <label htmlFor="kb-search">Search</label>
        <input
          id="kb-search"
          type="search"
          placeholder="e.g. depression, naloxone, liver, injection"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p role="status" className="small muted">
        {results.length} {results.length === 1 ? 'entry' : 'entries'}
      </p>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {results.map((e) => (
          <li key={e.id} className="card">
            <h2 style={{ fontSize: '1.05rem' }}>
              <Link href={`/knowledge/${e.id}`}>{e.question}</Link>
            </h2>
            <p className="small">
              {e.answer.length > 220 ? `${e.answer.slice(0, 220)}…` : e.answer}
            </p>
            <p className="row small">
              <EvidenceBadge entry={e} />
              <span className="muted">
                {e.sources.length} source{e.sources.length === 1 ? '' : 's'}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
