import type { ReactElement } from 'react';
import { Link } from 'wouter';
import type { KnowledgeEntry } from './knowledge';
import { entryById, evidenceLevelLabels } from './knowledge';

/** Evidence-level badge ("Randomised trials", "Case reports", …). */
export function EvidenceBadge({ entry }: { entry: KnowledgeEntry }): ReactElement {
  const weak = ['case-reports', 'not-supported', 'small-studies'].includes(entry.evidenceLevel);
  return (
    <span className={`badge${weak ? ' warning' : ''}`}>
      Evidence: {evidenceLevelLabels[entry.evidenceLevel]}
    </span>
  );
}

/** One knowledge entry: question, answer, evidence level, figures and sources. */
export function EntryView({ entry, base }: { entry: KnowledgeEntry; base: string }): ReactElement {
  const related = entry.related.map(entryById).filter((e): e is KnowledgeEntry => !!e);
  return (
    <article className="card stack" aria-labelledby={`q-${entry.id}`}>
      <h1 id={`q-${entry.id}`}>{entry.question}</h1>
      <p>
        <EvidenceBadge entry={entry} />
      </p>
      <p>{entry.answer}</p>
      {entry.figures.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Figures quoted, with sources</caption>
            <thead>
              <tr>
                <th scope="col">What was measured</th>
                <th scope="col">Figure</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {entry.figures.map((f) => (
                <tr key={f.literatureId}>
                  <td>{f.label}</td>
                  <td>{f.value}</td>
                  <td className="small">{f.source.title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-label="Sources">
        <h2 style={{ fontSize: '1rem' }}>Sources</h2>
        <ul className="small">
          {entry.sources.map((s) => (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} rel="noreferrer noopener" target="_blank">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </li>
          ))}
        </ul>
      </section>
      {related.length > 0 && (
        <section aria-label="Related questions">
          <h2 style={{ fontSize: '1rem' }}>Related</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <Link href={`${base}/${r.id}`}>{r.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
