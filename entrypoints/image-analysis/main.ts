import { startAnalysisPage } from '../../src/image/analysis-page';

startAnalysisPage();
