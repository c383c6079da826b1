/**
 * The web app's service worker (dist/sw.js): it keeps the app — the page, its scripts, Microsoft's
 * Excel runtime, the manifest and icons — in a cache named by the build's version, so the app
 * opens and works with no network after the first visit.
 *
 * - The list and the version are the build's: webpack.config.js puts `self.__WEBAPP_PRECACHE__`
 *   (the files relative to this script, the app's page, a hash of every file) in front of this
 *   script. Another build is another version: another script, so the browser installs it.
 * - install: every file fetched past the HTTP cache into the new version's cache; activate: older
 *   versions' caches deleted, open pages taken over. A new version waits until the page asks
 *   (`skip-waiting`, the page's «Обновить») or every tab of the old one is closed, so a page
 *   never mixes scripts of two builds.
 * - fetch: only the app's own requests — a navigation to one of its pages, or a file of the list
 *   asked for by the app's page or its worker — are answered from the cache. The add-in and the
 *   preview built beside it on the same server load from the network as they always did.
 * - A development build (`npm start`) goes to the network first and keeps what it got, so a
 *   rebuild is seen at once; the cache serves only when the server is gone.
 */
export {};

interface PrecacheManifest {
  /** A hash of every file of the list. */
  version: string;
  /** The app's files, relative to this script. */
  files: string[];
  /** The app's page among them (index.html): also what a navigation to the folder gets. */
  start: string;
  networkFirst: boolean;
}

interface LifecycleEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}

interface FetchRequestEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  readonly location: Location;
  readonly __WEBAPP_PRECACHE__: PrecacheManifest;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchRequestEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const manifest = scope.__WEBAPP_PRECACHE__;
const PREFIX = 'roadmap-checker-webapp-';
const CACHE = `${PREFIX}${manifest.version}`;

/** A file of the list as an absolute address without query or fragment: the cache's key. */
const keyOf = (address: string): string => {
  const url = new URL(address, scope.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
};

const files = new Set(manifest.files.map(keyOf));
const START_PAGE = keyOf(manifest.start);
/** The app's page by its name and by its folder («/», as a server serves index.html). */
const pages = new Set([START_PAGE, keyOf('./')]);

scope.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...files].map((file) => new Request(file, { cache: 'reload' })))));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  );
});

scope.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void scope.skipWaiting();
});

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = keyOf(request.url);
  if (request.mode === 'navigate') {
    if (pages.has(key)) event.respondWith(answer(START_PAGE, request));
    return;
  }
  if (files.has(key) && fromApp(request.referrer)) event.respondWith(answer(key, request));
});

/** Whether the request comes from the app's page or from a script of the app (its worker). */
function fromApp(referrer: string): boolean {
  if (!referrer) return false;
  const key = keyOf(referrer);
  return pages.has(key) || files.has(key);
}

async function answer(key: string, request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  if (manifest.networkFirst) {
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    } catch (error) {
      return (await cache.match(key)) ?? Promise.reject(error);
    }
  }
  return (await cache.match(key)) ?? fetch(request);
}
