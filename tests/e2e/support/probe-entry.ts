import { findComposers, isSubmitControl, recogniseOne, searchRoots } from '../../../src/content/find-composers';
import { ControlWatch, structuralPostControl } from '../../../src/content/post-control';
import { SITES, siteFor } from '../../../src/sites';
import { structuralEditorKind, typedEditor } from '../../../src/sites/editor-structure';
import { readDraft } from '../../../src/sites/read-draft';

/**
 * The extension's own site adapters, recognition layers and draft reader, bundled into a fixture
 * page's main world so a test can ask them questions directly (content scripts run in an isolated
 * world the test cannot call into).
 */
(globalThis as unknown as { __probe: unknown }).__probe = {
  SITES,
  siteFor,
  findComposers,
  recogniseOne,
  isSubmitControl,
  searchRoots,
  readDraft,
  structuralEditorKind,
  typedEditor,
  ControlWatch,
  structuralPostControl,
};
