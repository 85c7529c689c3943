import { renderPages, signHtml, renderSign } from '/work/wt-15/tests/unit/photo-fixtures';
await renderPages('/tmp/w15', [
 { file: 'sign-dim.png', viewport: { width: 1400, height: 900 }, html: signHtml('Cadoxton Primary School', 'Welcome · Croeso', { bg: '#123c69', fg: '#fff', angle: -4, dim: 0.55 }) },
 { file: 'sign-welsh.png', viewport: { width: 1400, height: 900 }, html: signHtml('Ysgol Cadoxton', 'Croeso i bawb · Pennaeth: Mrs S Pritchard', { bg: '#0b3d2e', fg: '#fff', angle: 3, dim: 0.8 }) }]);
await renderSign('/tmp/w15/gate.png', 'Cadoxton Primary School');
