/**
 * Builds the task pane (dist/taskpane.html + taskpane.js, office.js from Microsoft's CDN), the
 * browser preview (dist/preview.html + preview.js: the same pane on Microsoft's Excel runtime,
 * served from dist/office-js/, answered by the in-memory Excel — no network), the web app
 * (dist/index.html + webapp.js, its service worker sw.js and app.webmanifest: the pane on the
 * files a user opens, installable and offline) and the Web Worker the pane reads school
 * workbooks in (school-reader.js).
 *
 *   webpack --mode production          → dist/ (ADDIN_URL=https://… → dist/manifest.xml with that address)
 *   webpack serve --mode development   → https://localhost:3000/ (the web app), /taskpane.html and /preview.html
 *
 * The dev server speaks https with the Office add-in developer certificates
 * (`npx office-addin-dev-certs install` once) when they are installed in ~/.office-addin-dev-certs;
 * without them — CI, e2e, a machine without the certificates — it falls back to plain http on the
 * same port and says so. DEV_SERVER_HTTP=1 forces http. Office itself only loads an add-in over
 * https; the preview works on either.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = Number(process.env.DEV_SERVER_PORT || 3000);
/** The address manifest.xml names: the developer server's (yo office's `urlDev`). */
const DEV_URL = 'https://localhost:3000';

/**
 * manifest.xml for the server the add-in is deployed to (yo office's `urlDev` → `urlProd`):
 * `ADDIN_URL=https://addins.example.ru/roadmap npm run build` writes dist/manifest.xml with that
 * address in every URL. Office loads add-ins over https only; anything else is refused here.
 */
function manifestFor(xml, addinUrl) {
  if (!addinUrl) return xml;
  let url;
  try {
    url = new URL(addinUrl);
  } catch {
    throw new Error(`ADDIN_URL is not an address: ${addinUrl}`);
  }
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_URL must be a plain https:// address (Office loads add-ins over https only): ${addinUrl}`);
  }
  const base = url.href.replace(/\/+$/, '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return xml.split(DEV_URL).join(base);
}
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** The grid the preview and the web app draw a sheet in (src/preview/SheetView.tsx), put into both pages. */
const sheetViewCss = () => fs.readFileSync(path.join(__dirname, 'src/preview/sheet-view.css'), 'utf8');

/** The web app's files beside its scripts, that its service worker keeps for offline use. */
const WEBAPP_FILES = ['index.html', 'app.webmanifest', 'icon.svg', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'office-js/excel-web-16.00.js', 'sample-roadmap.xlsx'];

/**
 * Puts the web app's precache list in front of its service worker (src/webapp/service-worker.ts):
 * every script the app loads (its entry, the chunks it imports later, the school reader's worker
 * and its chunks) and WEBAPP_FILES, with a version hashed from all of their contents. A build
 * that changes any of them is a new service worker, which the browser installs; a file missing
 * from the output fails the build rather than the app offline.
 */
class WebAppPrecachePlugin {
  constructor({ worker, entries, files, networkFirst }) {
    Object.assign(this, { worker, entries, files, networkFirst });
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('WebAppPrecachePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WebAppPrecachePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const scripts = new Set();
        for (const name of this.entries) {
          for (const chunk of compilation.entrypoints.get(name).chunks) {
            for (const c of [chunk, ...chunk.getAllAsyncChunks()]) for (const file of c.files) if (file.endsWith('.js')) scripts.add(file);
          }
        }
        const files = [...scripts, ...this.files].sort();
        const hash = crypto.createHash('sha256');
        for (const file of files) {
          const asset = compilation.getAsset(file);
          if (!asset) throw new Error(`The web app's service worker lists ${file}, which the build did not emit.`);
          hash.update(file).update('\0').update(asset.source.buffer());
        }
        const manifest = { version: hash.digest('hex').slice(0, 16), files, start: 'index.html', networkFirst: this.networkFirst };
        compilation.updateAsset(this.worker, (source) => new sources.ConcatSource(`self.__WEBAPP_PRECACHE__ = ${JSON.stringify(manifest)};\n`, source));
      });
    });
  }
}

/**
 * The dev certificates' https options, or null (with a note) when they are not there.
 * Read from the files directly: on Linux `office-addin-dev-certs install` generates them but
 * cannot add its CA to the system store without sudo, and getHttpsServerOptions() then refuses.
 */
function devServerHttpsOptions() {
  if (process.env.DEV_SERVER_HTTP === '1') return null;
  const file = (name) => path.join(CERT_DIR, name);
  if (!['localhost.crt', 'localhost.key', 'ca.crt'].every((f) => fs.existsSync(file(f)))) {
    console.warn(
      `[dev-server] No Office dev certificates in ${CERT_DIR}: serving plain http on port ${DEV_PORT}.\n` +
        '[dev-server] Run `npx office-addin-dev-certs install` to get https for sideloading into Excel.',
    );
    return null;
  }
  return { key: fs.readFileSync(file('localhost.key')), cert: fs.readFileSync(file('localhost.crt')), ca: fs.readFileSync(file('ca.crt')) };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'development';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? devServerHttpsOptions() : null;

  return {
    mode,
    context: __dirname,
    // The oldest webviews Excel runs add-ins in (package.json's browserslist: Safari 14 on a Mac,
    // WebView2 on Windows), and no syntax past ES2020 in webpack's own runtime code either.
    target: ['browserslist', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
      webapp: './src/webapp/index.tsx',
      // The web app's service worker: its precache list is put in front of it (WebAppPrecachePlugin).
      sw: './src/webapp/service-worker.ts',
      // The Web Worker that reads school workbooks for consolidation (src/workbook/school-worker.ts):
      // no page loads it as a script; the pane starts it on the first file (consolidation-store.ts).
      'school-reader': './src/workbook/school-worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      publicPath: '',
      clean: true,
    },
    // No eval in any mode: the pages' Content-Security-Policy forbids it.
    devtool: dev ? 'source-map' : false,
    // A dynamic import() is resolved as an ES module by TypeScript (node16), so it names its file
    // with ".js" (`import('../../workbook/read-workbook.js')`); here that is the .ts source.
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // The zip guard inflates with Node's zlib on the command line and with fflate in the browser.
      alias: { [path.resolve(__dirname, 'src/workbook/platform-inflate')]: path.resolve(__dirname, 'src/workbook/platform-inflate.browser.ts') },
    },
    module: {
      rules: [
        {
          // Packages ship ES2021+ (`??=` in Fluent UI's tabster, class fields…): brought down to
          // ES2020 as well, so that every script the pane loads parses where Safari 14 parses.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { allowJs: true, checkJs: false, target: 'es2020', module: 'es2020', moduleResolution: 'bundler', sourceMap: false, noEmit: false, declaration: false },
            },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Types are checked by `npm run typecheck`; the bundle only needs the transpile.
              transpileOnly: true,
              // ES modules so webpack can tree-shake Fluent UI and its icons.
              compilerOptions: { target: 'es2020', module: 'es2020', moduleResolution: 'bundler', sourceMap: dev, noEmit: false, declaration: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        templateParameters: { sheetViewCss: sheetViewCss() },
        chunks: ['preview'],
        scriptLoading: 'defer',
      }),
      // The web app at the folder's root: any static server's index page.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/webapp/index.html',
        templateParameters: { sheetViewCss: sheetViewCss() },
        chunks: ['webapp'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/sample-roadmap.xlsx', to: 'sample-roadmap.xlsx' },
          { from: 'src/webapp/app.webmanifest', to: 'app.webmanifest' },
          { from: 'src/webapp/icon.svg', to: 'icon.svg' },
          // The manifest's icons: https://localhost:3000/assets/icon-*.png
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString('utf8'), process.env.ADDIN_URL) },
          // ES5, as written (not minified): the pane's message where its bundle cannot run.
          { from: 'src/taskpane/fallback.js', to: 'fallback.js', info: { minimized: true } },
          // The preview runs Microsoft's own Excel runtime, served from here as shipped: no CDN, no network.
          { from: 'node_modules/@microsoft/office-js/dist/excel-web-16.00.js', to: 'office-js/excel-web-16.00.js', info: { minimized: true } },
        ],
      }),
      new WebAppPrecachePlugin({ worker: 'sw.js', entries: ['webapp', 'school-reader'], files: WEBAPP_FILES, networkFirst: dev }),
    ],
    performance: { hints: false },
    // SheetJS's optional Node codepage and stream hooks are not used in the browser.
    ignoreWarnings: [/Can't resolve 'fs'|Can't resolve 'stream'/],
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false }, logging: 'warn' },
      devMiddleware: { writeToDisk: false },
    },
  };
};

module.exports.manifestFor = manifestFor;
