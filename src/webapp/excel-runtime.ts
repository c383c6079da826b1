/**
 * Microsoft's Excel runtime (office-js/excel-web-16.00.js, served beside the page as the preview
 * serves it), loaded the first time a file is opened: the welcome screen does not wait for its
 * 1.4 MB. The pane runs on it against the in-memory Excel (src/excel/memory-host).
 */
const RUNTIME_SCRIPT = 'office-js/excel-web-16.00.js';

let loading: Promise<void> | null = null;

export function loadExcelRuntime(): Promise<void> {
  if ((window as { Excel?: unknown }).Excel) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = RUNTIME_SCRIPT;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = null;
      script.remove();
      reject(new Error(`${RUNTIME_SCRIPT}: не загрузился / did not load`));
    };
    document.head.append(script);
  });
  return loading;
}
