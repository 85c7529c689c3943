import { defineDetector } from '../detector';
import { ConfidentialSchema, type ConfidentialLexicon } from '../schemas/lexicons';
import { isValidNhsNumber, isValidNiNumber, isValidUln, isValidUpn } from '../checksums/uk-identifiers';
import type { DraftView } from '../draft';
import { toDraftSpan } from '../text/fold';
import { tokenIndexAt } from '../text/tokenize';
import { labelPattern } from './label-pattern';
import type { RawFinding } from './raw-finding';
import { phrase, say, type PhraseKey } from '../message-keys';

/**
 * Pupil and staff identifiers: UPN, ULN and NHS numbers (checksums must pass, never the shape
 * alone), and National Insurance numbers (by format). A 10-digit number that passes a checksum
 * is a warning on its own, and high when labelled ("NHS no", "ULN").
 */
const UPN = /(?<![\p{L}\p{N}])[a-z]\d{11}[0-9a-z](?![\p{L}\p{N}])/gu;
/** A UPN typed a digit short or long ("K80120012300"): only with a UPN label before it, since the check letter cannot vouch for it. */
const UPN_MISTYPED = /(?<![\p{L}\p{N}])[a-z]\d{10,12}[0-9a-z]?(?![\p{L}\p{N}])/gu;
const TEN_DIGITS = /(?<![\p{N}])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{N}])/gu;
const NI = /(?<![\p{L}\p{N}])[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d](?![\p{L}\p{N}])/gu;

type Labels = Record<'upn' | 'uln' | 'nhs' | 'ni', RegExp>;
function compileLabels(lexicon: ConfidentialLexicon): Labels {
  const labels = lexicon.identifierLabels;
  return { upn: labelPattern(labels.upn), uln: labelPattern(labels.uln), nhs: labelPattern(labels.nhs), ni: labelPattern(labels.ni) };
}

const DESCRIPTIONS: Record<string, PhraseKey> = {
  UPN: 'identifier_upn',
  ULN: 'identifier_uln',
  'NHS number': 'identifier_nhs',
  NI: 'identifier_ni',
};

export function findIdentifiers(ctx: DraftView, LABELS: Labels): RawFinding[] {
  const folded = ctx.doc.folded;
  const text = folded.text;
  const findings: RawFinding[] = [];
  const add = (index: number, length: number, kind: string, labelled: boolean, high: boolean) => {
    const { start, end } = toDraftSpan(folded, index, index + length);
    findings.push({
      category: 'confidential',
      topic: 'identifiers',
      severity: high ? 'high' : 'warning',
      start,
      end,
      ruleId: `confidential/identifier-${kind.toLowerCase().replace(/\W+/g, '-')}`,
      ...say('finding_identifier', phrase(DESCRIPTIONS[kind]!)),
      explanation: {
        rule: `${kind} ${kind === 'NI' ? 'format' : 'with a valid checksum'}`,
        ...(labelled ? { context: 'a label beside it' } : {}),
        reason: labelled ? 'the number is labelled as an identifier and passes its check' : kind === 'NI' ? 'the letters and digits follow the National Insurance format' : 'the number passes the identifier checksum',
      },
    });
  };
  const before = (index: number, reach = 40) => text.slice(Math.max(0, index - reach), index);
  for (const m of text.matchAll(UPN)) if (isValidUpn(m[0])) add(m.index, m[0].length, 'UPN', LABELS.upn.test(before(m.index)), true);
  // "Idil's UPN? I've got K80120012300 but I've missed a digit": a pupil's number even when mistyped.
  for (const m of text.matchAll(UPN_MISTYPED)) {
    // The label may stand a clause away ("his UPN won't go across from his old school?? It's E9302…"): a named pupil must be near as well.
    if (isValidUpn(m[0]) || !LABELS.upn.test(before(m.index, 80))) continue;
    const { start, end } = toDraftSpan(folded, m.index, m.index + m[0].length);
    // "The UPN on the transfer form was Z67…, which doesn't even validate" is admin venting: only beside one pupil is it theirs.
    const at = tokenIndexAt(ctx.doc, start);
    const pupil = at < ctx.doc.tokens.length ? ctx.referencesNear(at, at, 60, -1, 1).find((r) => r.group === 'pupils' && r.individual && r.named) : undefined;
    if (!pupil) continue;
    findings.push({
      category: 'confidential',
      topic: 'identifiers',
      severity: 'high',
      start,
      end,
      ruleId: 'confidential/identifier-upn-labelled',
      ...say('finding_identifier', phrase(DESCRIPTIONS.UPN!)),
      explanation: { rule: 'a labelled UPN, mistyped', context: pupil.text, reason: 'the number has the shape of a UPN and is labelled as one, though its check letter does not hold' },
    });
  }
  for (const m of text.matchAll(TEN_DIGITS)) {
    const digits = m[1]! + m[3]! + m[4]!;
    const context = before(m.index);
    // Ten digits pass one of the checksums one time in eleven, so order numbers would too:
    // a bare number needs a label, or the NHS's own 3-3-4 spacing.
    const nhsLabel = LABELS.nhs.test(context);
    const spaced = m[2] === ' ';
    if (isValidNhsNumber(digits) && (nhsLabel || spaced)) add(m.index, m[0].length, 'NHS number', nhsLabel, true);
    else if (m[2] === '' && isValidUln(digits) && LABELS.uln.test(context)) add(m.index, m[0].length, 'ULN', true, true);
  }
  for (const m of text.matchAll(NI)) if (isValidNiNumber(m[0])) add(m.index, m[0].length, 'NI', LABELS.ni.test(before(m.index)), true);
  return findings;
}

export const identifiersDetector = defineDetector({
  id: 'identifiers',
  phase: 'findings',
  description: 'Pupil and staff identifiers whose checksum or format holds: UPN, ULN, NHS and National Insurance numbers.',
  rules: {
    'confidential/identifier-upn': 'a UPN whose check letter is valid: high',
    'confidential/identifier-upn-labelled': 'a UPN-shaped number a digit short or long, after a UPN label, beside a named pupil: high',
    'confidential/identifier-uln': 'a labelled ULN whose checksum is valid: high',
    'confidential/identifier-nhs-number': 'an NHS number with a valid checksum, labelled or spaced 3-3-4: high',
    'confidential/identifier-ni': 'a National Insurance number in a valid format: high',
  },
  lexicon: ConfidentialSchema,
  select: (bundle) => bundle.confidential,
  compile: (lexicon) => compileLabels(lexicon),
  run: (labels, { view }) => findIdentifiers(view, labels),
});
