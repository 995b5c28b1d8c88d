import type { ReactElement, ReactNode } from 'react';

/**
 * Renders the small Markdown subset used in card details: paragraphs separated by blank lines and
 * `**bold**`. Everything else is shown as plain text (no HTML is ever injected).
 */
export function Markdownish({ text }: { text: string }): ReactElement {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((paragraph, i) => (
          <p key={i}>{bold(paragraph)}</p>
        ))}
    </>
  );
}

function bold(text: string): ReactNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .map((part, i) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4 ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : (
        part
      ),
    );
}
