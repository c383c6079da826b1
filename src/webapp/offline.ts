/**
 * Registers the service worker (sw.js beside the page) and says where the app stands: kept for
 * offline use, a new version waiting, opened from disk (file://, where browsers run no service
 * worker), or a browser without them. A waiting version is taken only when the user asks
 * (`update`), and the page then reloads on it.
 */
export type OfflineStatus = 'unsupported' | 'file' | 'installing' | 'ready' | 'update';

export interface Offline {
  /** Takes the waiting version and reloads the page on it. */
  update(): void;
}

export function registerOffline(onStatus: (status: OfflineStatus) => void): Offline {
  let registration: ServiceWorkerRegistration | null = null;
  const none: Offline = { update: () => undefined };
  if (location.protocol === 'file:') {
    onStatus('file');
    return none;
  }
  if (!('serviceWorker' in navigator) || !window.isSecureContext) {
    onStatus('unsupported');
    return none;
  }
  const container = navigator.serviceWorker;
  // A worker installed while a page of an older version is open waits; on the first visit it is the app's first.
  const follow = (worker: ServiceWorker | null): void => {
    if (!worker) return;
    const settle = (): void => {
      if (worker.state === 'installed') onStatus(container.controller ? 'update' : 'ready');
      else if (worker.state === 'activated') onStatus('ready');
    };
    worker.addEventListener('statechange', settle);
    settle();
  };
  container
    .register('sw.js')
    .then((reg) => {
      registration = reg;
      if (reg.waiting && container.controller) onStatus('update');
      else if (reg.installing) {
        onStatus('installing');
        follow(reg.installing);
      } else if (reg.active) onStatus('ready');
      reg.addEventListener('updatefound', () => follow(reg.installing));
    })
    .catch(() => onStatus('unsupported'));
  return {
    update() {
      const waiting = registration?.waiting;
      if (!waiting) return;
      container.addEventListener('controllerchange', () => location.reload(), { once: true });
      waiting.postMessage('skip-waiting');
    },
  };
}
