import { z } from 'zod';
import type { RecognitionReport } from '../diagnostics';

/** The shape of a tab's answer (src/diagnostics.ts), checked before the popup shows it. */
const Layer = z.enum(['site', 'structure']);

export const RecognitionReportSchema: z.ZodType<RecognitionReport> = z.strictObject({
  site: z.enum(['facebook', 'instagram', 'x', 'linkedin']),
  enabled: z.boolean(),
  structural: z.boolean(),
  composers: z
    .array(
      z.strictObject({
        id: z.string().max(80),
        editor: z.string().max(40),
        editorLayer: z.enum(['site', 'structure', 'typing']),
        label: z.string().max(120),
        inUse: z.boolean(),
        control: z
          .strictObject({
            layer: Layer,
            clue: z.enum(['selector', 'submit-button', 'follows-draft', 'appears-with-draft', 'form-button', 'words', 'emphasis']),
            tieBreak: z.enum(['words', 'nearest', 'text', 'last']).nullable(),
            name: z.string().max(120),
          })
          .nullable(),
        shortcut: z.strictObject({ key: z.enum(['enter', 'mod-enter']), layer: Layer }).nullable(),
        protection: z.enum(['unknown', 'held', 'checking-only']),
      }),
    )
    .max(200),
});
