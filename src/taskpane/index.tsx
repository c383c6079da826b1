/** The add-in's entry: once Office is ready, the pane on the real Excel through OfficeWorkbook. */
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook } from '../excel/office-workbook';
import { App } from './App';
import { readOfficeEnvironment, unsupportedHostMessage } from './office-env';

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  // A host without the Excel API the add-in needs: say so instead of failing at the first click.
  const env = readOfficeEnvironment();
  if (env.missingApi) {
    container.textContent = unsupportedHostMessage(env.language, env.missingApi);
    container.setAttribute('role', 'alert');
    container.style.padding = '16px';
    return;
  }
  createRoot(container).render(<App port={new OfficeWorkbook()} />);
});
