/** The add-in's entry: once Office is ready, the pane on the real Excel through OfficeWorkbook. */
import { createRoot } from 'react-dom/client';
import { OfficeWorkbook } from '../excel/office-workbook';
import { App } from './App';

Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root');
  createRoot(container).render(<App port={new OfficeWorkbook()} />);
});
