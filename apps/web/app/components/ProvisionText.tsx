/** A provision's own text, its line breaks kept as paragraphs. */
export function ProvisionText({ text }: { text: string }) {
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  if (!paragraphs.length) return null;
  return (
    <div className="law-text">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
