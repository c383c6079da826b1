/**
 * Requirement sets as Office answers them (`Office.context.requirements.isSetSupported`, here the
 * in-memory Excel's through Microsoft's own `Office` namespace): the pane knows a host without
 * ExcelApi 1.13 and says so in its language.
 */
import { createMemoryHost } from '../../src/excel/memory-host';
import { readOfficeEnvironment, unsupportedHostMessage } from '../../src/taskpane/office-env';
import { roadmapGrid } from './helpers';

type OfficeArg = Parameters<typeof readOfficeEnvironment>[0];

test('a host with ExcelApi 1.13 or later: nothing missing', () => {
  for (const apiVersion of ['1.13', '1.17']) {
    const host = createMemoryHost([roadmapGrid('План', 2)], { apiVersion, displayLanguage: 'ru-RU' });
    expect(readOfficeEnvironment(host.runtime.global.Office as unknown as OfficeArg)).toEqual({ language: 'ru', dark: false });
  }
});

test('an older host (Excel 2019 has ExcelApi 1.8): the set it lacks, and the pane\'s message in its language', () => {
  const host = createMemoryHost([roadmapGrid('План', 2)], { apiVersion: '1.8', displayLanguage: 'en-US' });
  const env = readOfficeEnvironment(host.runtime.global.Office as unknown as OfficeArg);
  expect(env).toEqual({ language: 'en', dark: false, missingApi: 'ExcelApi 1.13' });
  expect(unsupportedHostMessage('en', env.missingApi!)).toMatch(/^This version of Excel lacks ExcelApi 1\.13/);
  expect(unsupportedHostMessage('ru', env.missingApi!)).toMatch(/^Эта версия Excel не поддерживает ExcelApi 1\.13.*Excel в Интернете/);
});
