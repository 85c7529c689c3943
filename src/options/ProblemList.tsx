/**
 * Settings that are set aside, and why. The lines name settings fields as the settings file spells
 * them (`pupilNames[2]: expected text, got a number`), so they stay in English, marked as such,
 * whatever the page's language: they are for whoever edits the file.
 */
export function ProblemList({ part, intro, problems }: { part: string; intro: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problems" role="alert" data-part={part}>
      <p>{intro}</p>
      <ul lang="en">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
