import type { MessageKey } from '../i18n/catalogues';
import { FindingList } from '../ui/FindingList';
import { useT } from '../ui/i18n';
import { findingsFor, photoFindingsFor } from './analysis';
import { DraftWithMarks } from './DraftWithMarks';
import { MockComposer } from './MockComposer';
import { PhotoStatus } from './PhotoStatus';
import { usePhotoCheck } from './photos/photo-host';
import { photoAltKey, scenarioKey, type Scenario } from './scenarios';

/**
 * One scenario: the draft in its site's post box (with its real photo, if it has one), what the
 * extension flags in it and the clauses of the chosen policy, and why it matters. The findings are
 * worked out here and now: the caption's by the engine, the photo's by the extension's real photo
 * check (then the engine, for the clauses), never written down in advance.
 */
export function ScenarioView({ scenario, policy, headingLevel = 2 }: { scenario: Scenario; policy: string; headingLevel?: 2 | 3 }) {
  const t = useT();
  const textFindings = findingsFor(scenario.draft, policy);
  const photo = usePhotoCheck(scenario.photo);
  // A photo that could not be read gets the product's own "not checked" note, as on a site: never a guess.
  const image = photo?.kind === 'done' ? photo.image : photo?.kind === 'off' ? { name: photo.credit?.file ?? scenario.photo!, error: photo.reason } : null;
  const findings = image ? [...textFindings, ...photoFindingsFor(image, scenario.draft, policy)] : textFindings;
  const key = (part: 'title' | 'why') => scenarioKey(scenario, part) as MessageKey;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const photoShown = scenario.photo ? { alt: t.t(photoAltKey(scenario.photo) as MessageKey), src: photo && 'url' in photo ? photo.url : null } : undefined;
  return (
    <article className="scenario" data-scenario={scenario.id} data-policy={policy} aria-labelledby={`title-${scenario.id}`}>
      <Heading id={`title-${scenario.id}`} className="scenario-title">
        {t.t(key('title'))}
      </Heading>
      <div className="scenario-columns">
        <div className="scenario-post">
          <MockComposer site={scenario.site} photo={photoShown}>
            {/* The draft is what a member of staff wrote, in their language: never translated. */}
            <DraftWithMarks text={scenario.draft} findings={textFindings} />
          </MockComposer>
          {photo && <PhotoStatus state={photo} />}
          <section className="why">
            <SubHeading>{t.t('demo_why_heading')}</SubHeading>
            <p>{t.t(key('why'))}</p>
          </section>
        </div>
        <section className="scenario-findings guard" data-part="findings" aria-label={t.t('demo_findings_heading')}>
          <SubHeading>{t.t('demo_findings_heading')}</SubHeading>
          {findings.length > 0 ? <FindingList findings={findings} /> : <p>{t.t('demo_no_findings')}</p>}
        </section>
      </div>
    </article>
  );
}
