import type { LegalText } from '../i18n/legal.vi';

export function LegalPage({ text }: { text: LegalText }) {
  return (
    <div className="page page--narrow prose-page">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {text.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
