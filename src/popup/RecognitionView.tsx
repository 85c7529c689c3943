import type { ComposerReport, RecognitionReport } from '../diagnostics';
import type { MessageKey } from '../i18n/catalogues';
import type { Translator } from '../i18n/translator';
import { useT } from '../ui/i18n';
import type { TabAnswer } from './ask-tab';

/**
 * The school's IT view of one tab: the post boxes the extension found, by which layer it
 * recognised each (the site's own hooks, the page's structure, or the teacher typing in it), its
 * post button and keyboard shortcut and by which layer, and whether a post can be held. A
 * self-contained component: the popup around it will grow (protection status, links, icons).
 */
export function RecognitionView({ answer }: { answer: TabAnswer | null }) {
  const t = useT();
  if (answer === null) return <p data-part="recognition-loading">{t.t('popup_loading')}</p>;
  if (answer.kind === 'not-running') return <p data-part="recognition-not-running">{t.t('popup_no_script')}</p>;
  if (answer.kind === 'bad-answer') return <p data-part="recognition-bad-answer">{t.t('popup_bad_answer', answer.detail)}</p>;
  return <Report report={answer.report} />;
}

const SITE_NAMES: Record<RecognitionReport['site'], MessageKey> = {
  facebook: 'demo_site_facebook',
  instagram: 'demo_site_instagram',
  x: 'demo_site_x',
  linkedin: 'demo_site_linkedin',
};

function Report({ report }: { report: RecognitionReport }) {
  const t = useT();
  return (
    <section data-part="recognition" data-site={report.site}>
      <p>{t.t('popup_site', t.t(SITE_NAMES[report.site]))}</p>
      {!report.enabled && <p data-part="recognition-off">{t.t('popup_checks_off')}</p>}
      {!report.structural && <p data-part="recognition-site-only">{t.t('popup_site_only')}</p>}
      {report.enabled && report.composers.length === 0 && <p data-part="recognition-none">{t.t('popup_none')}</p>}
      {report.composers.length > 0 && (
        <table>
          <caption>{t.t('popup_table_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('popup_col_box')}</th>
              <th scope="col">{t.t('popup_col_found_by')}</th>
              <th scope="col">{t.t('popup_col_post')}</th>
              <th scope="col">{t.t('popup_col_shortcut')}</th>
              <th scope="col">{t.t('popup_col_held')}</th>
            </tr>
          </thead>
          <tbody>
            {report.composers.map((composer, index) => (
              <Row key={`${composer.id}:${index}`} composer={composer} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const EDITOR_KEYS: Record<string, MessageKey> = {
  lexical: 'popup_editor_lexical',
  draft: 'popup_editor_draft',
  quill: 'popup_editor_quill',
  prosemirror: 'popup_editor_prosemirror',
  textarea: 'popup_editor_textarea',
  contenteditable: 'popup_editor_contenteditable',
  input: 'popup_editor_input',
};
const LAYER_KEYS: Record<ComposerReport['editorLayer'], MessageKey> = { site: 'popup_layer_site', structure: 'popup_layer_structure', typing: 'popup_layer_typing' };
const CLUE_KEYS: Record<NonNullable<ComposerReport['control']>['clue'], MessageKey> = {
  selector: 'popup_clue_selector',
  'submit-button': 'popup_clue_submit_button',
  'follows-draft': 'popup_clue_follows_draft',
  'appears-with-draft': 'popup_clue_appears_with_draft',
  'form-button': 'popup_clue_form_button',
  words: 'popup_clue_words',
  emphasis: 'popup_clue_emphasis',
};
const TIE_KEYS: Record<NonNullable<NonNullable<ComposerReport['control']>['tieBreak']>, MessageKey> = {
  words: 'popup_tie_words',
  nearest: 'popup_tie_nearest',
  text: 'popup_tie_text',
  last: 'popup_tie_last',
};

function Row({ composer }: { composer: ComposerReport }) {
  const t = useT();
  const kind = t.t(EDITOR_KEYS[composer.editor] ?? 'popup_editor_contenteditable');
  return (
    <tr data-composer={composer.id} data-editor-layer={composer.editorLayer} data-control-layer={composer.control?.layer ?? 'none'} data-control-clue={composer.control?.clue ?? 'none'} data-protection={composer.protection}>
      <th scope="row">{composer.label ? t.t('popup_box', kind, composer.label) : kind}</th>
      <td>{t.t(LAYER_KEYS[composer.editorLayer])}</td>
      <td>{controlText(t, composer)}</td>
      <td>{shortcutText(t, composer)}</td>
      <td>{t.t(composer.protection === 'held' ? 'popup_held' : composer.protection === 'checking-only' ? 'popup_checking_only' : 'popup_not_in_use')}</td>
    </tr>
  );
}

function controlText(t: Translator, { control, inUse }: ComposerReport): string {
  if (!control) return t.t(inUse ? 'popup_control_none' : 'popup_control_not_yet');
  const how = t.t(CLUE_KEYS[control.clue]);
  const found = control.name ? t.t('popup_control', control.name, how) : t.t('popup_control_unnamed', how);
  return control.tieBreak ? t.t('popup_control_tie', found, t.t(TIE_KEYS[control.tieBreak])) : found;
}

function shortcutText(t: Translator, { shortcut }: ComposerReport): string {
  if (!shortcut) return t.t('popup_key_none');
  const how = t.t(shortcut.layer === 'site' ? 'popup_layer_site' : 'popup_layer_structure');
  return t.t(shortcut.key === 'enter' ? 'popup_key_enter' : 'popup_key_mod_enter', how);
}
