#!/usr/bin/env node
/**
 * `npm start`: make the Office developer certificates, then serve the web app, the add-in and the
 * preview with webpack's dev server. `office-addin-dev-certs install` exits 0 even when it could
 * not trust its CA (on Linux it needs sudo), so its output is read to tell the user what that
 * means and what to do.
 */
const { spawnSync, spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

const port = Number(process.env.DEV_SERVER_PORT || 3000);
const http = process.env.DEV_SERVER_HTTP === '1';
const bin = (name) => path.join(__dirname, '..', 'node_modules', '.bin', name);

if (!http) {
  const install = spawnSync(bin('office-addin-dev-certs'), ['install'], { encoding: 'utf8', timeout: 120_000 });
  const output = `${install.stdout ?? ''}${install.stderr ?? ''}`;
  process.stdout.write(output);
  const failed = install.status !== 0 || /unable to install|error/i.test(output);
  if (failed) {
    const caFile = path.join(os.homedir(), '.office-addin-dev-certs', 'ca.crt');
    console.warn(
      [
        '',
        '[start] Сертификат разработчика не удалось сделать доверенным (нужны права администратора).',
        `[start] Веб-версия и предварительный просмотр всё равно работают: откройте https://localhost:${port}/ или /preview.html и один раз примите предупреждение браузера,`,
        `[start] или запустите \`DEV_SERVER_HTTP=1 npm start\` и откройте http://localhost:${port}/ или /preview.html.`,
        `[start] Чтобы загрузить надстройку в Excel, сделайте доверенным ${caFile} (Debian/Ubuntu: sudo cp ${caFile} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates).`,
        '[start] The developer certificate could not be trusted (it needs administrator rights).',
        `[start] The web app and the preview work anyway: open https://localhost:${port}/ or /preview.html and accept the browser's warning once,`,
        `[start] or run \`DEV_SERVER_HTTP=1 npm start\` and open http://localhost:${port}/ or /preview.html.`,
        `[start] To load the add-in into Excel, trust ${caFile} yourself (see the README, «Loading the add-in into Excel»).`,
        '',
      ].join('\n'),
    );
  }
}

const scheme = http ? 'http' : 'https';
console.log(`[start] Веб-версия / web app: ${scheme}://localhost:${port}/`);
console.log(`[start] Предварительный просмотр / preview: ${scheme}://localhost:${port}/preview.html — надстройка / add-in: ${scheme}://localhost:${port}/taskpane.html`);
const server = spawn(bin('webpack'), ['serve', '--mode', 'development'], { stdio: 'inherit' });
server.on('exit', (code, signal) => process.exit(signal ? 1 : code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
