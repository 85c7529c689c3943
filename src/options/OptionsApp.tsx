import { HashedRosterField } from './HashedRosterField';
import { ListField } from './ListField';
import { NamesSection } from './NamesSection';
import { PolicySection } from './PolicySection';
import { SchoolSection } from './SchoolSection';
import { SitesSection } from './SitesSection';
import { TryDraft } from './TryDraft';
import { useSettings } from './use-settings';
import { useT } from '../ui/i18n';
import { productName } from '../ui/labels';

/**
 * The options page: set up in two minutes (school, roster, policy), see what the school's IT has
 * set and locked, and try a draft. Every change is saved at once to `storage.local` and the
 * background re-checks with it; nothing is sent anywhere.
 */
export function OptionsApp() {
  const { state, save } = useSettings();
  const t = useT();
  if (!state) return <p className="loading">Loading your settings…</p>;
  const { resolved } = state;
  const { teacher, school, merged } = resolved;
  return (
    <main>
      <header className="page-head">
        <h1>{productName(t)}: settings</h1>
        <p className="private">Everything here stays in this browser, on this device. Nothing is sent anywhere.</p>
        {merged.managed && (
          <p className="managed" data-part="managed-notice">
            Your school manages some of these settings through the browser. Those marked “Set by your school” cannot be changed here.
          </p>
        )}
        {!resolved.settings && (
          <p className="demo" data-part="demo-notice">
            No school is set up yet, so the extension is using the demo school (Oakfield Primary School). Enter your school’s name to use your own settings.
          </p>
        )}
      </header>
      {resolved.schoolProblems.length > 0 && (
        <div className="problems" role="alert" data-part="school-problems">
          <p>Some settings from your school are not valid and are ignored; the rest apply. Please tell your school’s IT team:</p>
          <ul>
            {resolved.schoolProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {resolved.teacherProblems.length > 0 && (
        <div className="problems" role="alert" data-part="saved-problems">
          <p>Some of your saved settings are not valid and are ignored until you change them:</p>
          <ul>
            {resolved.teacherProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <SchoolSection teacher={teacher} merged={merged} schoolValues={school.values} save={save} />
      <NamesSection
        kind="pupilNames"
        title="Pupil roster"
        noun={{ one: 'pupil', many: 'pupils' }}
        own={teacher.pupilNames ?? []}
        school={school.values.pupilNames}
        field={merged.fields.pupilNames}
        save={(names) => save('pupilNames', names)}
      >
        <HashedRosterField value={merged.values.hashedRoster} field={merged.fields.hashedRoster} save={(value) => save('hashedRoster', value)} />
      </NamesSection>
      <NamesSection
        kind="staffNames"
        title="Staff names"
        noun={{ one: 'colleague', many: 'colleagues' }}
        own={teacher.staffNames ?? []}
        school={school.values.staffNames}
        field={merged.fields.staffNames}
        save={(names) => save('staffNames', names)}
      />
      <PolicySection
        policy={resolved.settings?.policy ?? merged.values.policy ?? 'generic-uk'}
        customPack={merged.values.customPack}
        policyField={merged.fields.policy}
        packField={merged.fields.customPack}
        save={save}
      />
      <section data-section="terms" aria-label="Extra confidential terms">
        <h2>Extra confidential terms</h2>
        <ListField
          part="terms"
          label="Words that must never be posted"
          hint="One per line: a project’s code name, a pending inspection, a staff matter. Safeguarding, SEN, exclusions and the like are already recognised."
          own={teacher.extraConfidentialTerms ?? []}
          {...(school.values.extraConfidentialTerms ? { school: school.values.extraConfidentialTerms } : {})}
          field={merged.fields.extraConfidentialTerms}
          editable={merged.fields.extraConfidentialTerms.teacherMayAdd}
          onSave={(entries) => save('extraConfidentialTerms', entries)}
        />
      </section>
      <SitesSection sites={merged.values.sites ?? {}} own={teacher.sites ?? {}} locked={merged.siteLocked} save={(sites) => save('sites', sites)} />
      <TryDraft />
    </main>
  );
}
