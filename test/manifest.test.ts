/** The add-in manifest validates against the Office schemas offline and speaks Russian first. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST_SCHEMA_DIR } from './support/corpus';

const ROOT = join(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const SCHEMA = join(MANIFEST_SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd');
const xml = readFileSync(MANIFEST, 'utf8');

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('manifest.xml', () => {
  test('validates against OfficeAppManifestV1_1.xsd (with VersionOverrides 1.0) — xmllint exits 0', () => {
    if (!hasXmllint()) throw new Error('xmllint is missing: apt-get install -y libxml2-utils');
    expect(existsSync(SCHEMA)).toBe(true);
    const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, MANIFEST], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/manifest\.xml validates/);
    expect(run.status).toBe(0);
  });

  test('ADDIN_URL=https://… npm run build: every URL points at that server, and the manifest still validates', () => {
    if (!hasXmllint()) throw new Error('xmllint is missing: apt-get install -y libxml2-utils');
    // The same function webpack runs on manifest.xml as it copies it to dist/.
    const { manifestFor } = require('../webpack.config.js') as { manifestFor: (xml: string, url?: string) => string };
    expect(manifestFor(xml, undefined)).toBe(xml);
    const deployed = manifestFor(xml, 'https://addins.school.example/roadmap-checker/');
    expect(deployed).not.toMatch(/localhost/);
    expect(deployed).toMatch(/<SourceLocation DefaultValue="https:\/\/addins\.school\.example\/roadmap-checker\/taskpane\.html"\s*\/>/);
    expect(deployed).toMatch(/<bt:Image id="Icon\.16x16" DefaultValue="https:\/\/addins\.school\.example\/roadmap-checker\/assets\/icon-16\.png"\/>/);
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, deployed);
      const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
      expect(run.stderr).toMatch(/manifest\.xml validates/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const bad of ['http://addins.school.example', 'addins.school.example', 'https://addins.school.example/?x=1']) {
      expect(() => manifestFor(xml, bad)).toThrow(/ADDIN_URL/);
    }
  });

  test('a task pane app for Excel workbooks, opened from a Home tab button', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<VersionOverrides xmlns="http:\/\/schemas\.microsoft\.com\/office\/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\s*\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).not.toMatch(/<AppDomain>/);
  });

  test('Russian by default, with en-US overrides for the name, the description and the ribbon', () => {
    expect(xml).toMatch(/<DefaultLocale>ru-RU<\/DefaultLocale>/);
    const overridden = (open: RegExp): void => {
      const m = open.exec(xml);
      expect(m).not.toBeNull();
      const body = xml.slice(m!.index, xml.indexOf('</', m!.index + m![0].length));
      expect(body).toMatch(/Override Locale="en-US" Value="[^"]+"/);
      expect(/DefaultValue="([^"]+)"/.exec(m![0])![1]).toMatch(/[а-яё]/i);
    };
    overridden(/<DisplayName DefaultValue="[^"]+">/);
    overridden(/<Description DefaultValue="[^"]+">/);
    for (const id of ['Group.Label', 'Button.Label', 'Button.Tooltip', 'GetStarted.Title', 'GetStarted.Description']) {
      overridden(new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="[^"]+">`));
    }
  });

  test('every icon it names is a real PNG of that size in assets/', () => {
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(new Set(urls.map((u) => u[2]))).toEqual(new Set(['16', '32', '64', '80']));
    for (const [, file, size] of urls) {
      const png = readFileSync(join(ROOT, 'assets', file));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });
});
