import { schoolVariants } from './school-variants';
import type { VariantsAnswer, VariantsQuestion } from './variants-client';

/**
 * The spellings preview's engine, off the settings page's main thread: loading it means compiling
 * about 2 MB of script and validating the lexicons (about 0.5 s of work on this kind of machine),
 * during which a keystroke in the page would wait. Here it waits for nothing but the next name.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<VariantsQuestion>) => void) | null; postMessage(answer: VariantsAnswer): void };

scope.onmessage = ({ data: { id, name, aliases, example, marker } }) => {
  try {
    const variants = schoolVariants(name, aliases, (text) => example.split(marker).join(text));
    scope.postMessage({ id, variants });
  } catch (error) {
    scope.postMessage({ id, variants: [], error: String(error) });
  }
};
