/**
 * The in-memory Excel answers Microsoft's own runtime as Excel does: batching, loading and
 * PropertyNotLoaded are the runtime's; values, errors, payload limits and events are the server's.
 */
import { Grid } from '../../src/core/grid';
import { createMemoryHost, installMemoryOffice, uninstallMemoryOffice } from '../../src/excel/memory-host';

function sampleGrid(): Grid {
  return Grid.fromDense('План', [
    ['№', 'Мероприятие', 'Срок'],
    [1, 'Совещание', 'Постоянно'],
    [2, 'Отчёт', 45000],
  ], [
    ['General', 'General', 'General'],
    ['General', 'General', 'General'],
    ['General', 'General', 'dd.mm.yyyy'],
  ]);
}

describe('in-memory Excel: batching and loading', () => {
  test('a loaded property is readable only after sync; an unloaded one never', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:C3');
      expect(() => range.values).toThrow(/not available/);
      range.load('values, numberFormat, address, rowCount, columnCount, rowIndex, columnIndex');
      let thrown: unknown;
      try {
        void range.values;
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toMatchObject({ code: 'PropertyNotLoaded' });
      expect(host.syncCount).toBe(0);
      await context.sync();
      expect(host.syncCount).toBe(1);
      expect(range.values).toEqual([
        ['№', 'Мероприятие', 'Срок'],
        [1, 'Совещание', 'Постоянно'],
        [2, 'Отчёт', 45000],
      ]);
      expect(range.numberFormat[2][2]).toBe('dd.mm.yyyy');
      expect(range.numberFormat[0][0]).toBe('General');
      expect(range.address).toBe('План!A1:C3');
      expect([range.rowCount, range.columnCount, range.rowIndex, range.columnIndex]).toEqual([3, 3, 0, 0]);
      expect(() => range.text).toThrow(/not available/);
    });
  });

  test('a context\'s first sync crosses even when nothing was queued (the runtime instantiates the workbook); Excel.run syncs what is left queued', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await host.Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('План').getRange('D1').values = [['x']];
    });
    expect(host.syncCount).toBe(2);
    expect(host.cell('План', 'D1')?.value).toBe('x');
  });

  test('writes happen at sync, in queue order; nothing is applied before', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await host.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('План').getRange('B2');
      cell.values = [['Новое']];
      expect(host.cell('План', 'B2')?.value).toBe('Совещание');
      expect(cell.values).toEqual([['Новое']]); // a set property reads back what was set
      await context.sync();
      expect(host.cell('План', 'B2')?.value).toBe('Новое');
    });
  });

  test('a failing operation rejects the sync: earlier ones stay applied, loads are not delivered', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('План');
      sheet.getRange('D1').values = [['до']];
      const loaded = sheet.getRange('A1').load('values');
      context.workbook.worksheets.getItem('Нет такого').getRange('A1').values = [['после']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound', name: 'RichApi.Error' });
      expect(host.cell('План', 'D1')?.value).toBe('до');
      expect(() => loaded.values).toThrow(/not available/);
    });
  });

  test('a string starting with =, +, - or @ written to values becomes a formula, unless the cell is Text', async () => {
    const host = createMemoryHost([new Grid('S')]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:E1').values = [['=1+2', '+cmd', '-//-', '@SUM(1)', "'=literal"]];
      const text = sheet.getRange('A2:E2');
      text.numberFormat = [['@', '@', '@', '@', '@']];
      text.values = [['=1+2', '+cmd', '-//-', '@SUM(1)', '1.10']];
      const both = sheet.getRange('A1:E2').load('values, formulas');
      await context.sync();
      expect(both.formulas[0]).toEqual(['=1+2', '=+cmd', '=-//-', '=@SUM(1)', '=literal']);
      expect(both.values[0]).toEqual([3, '#NAME?', '#NAME?', '#NAME?', '=literal']);
      expect(both.values[1]).toEqual(['=1+2', '+cmd', '-//-', '@SUM(1)', '1.10']);
      expect(both.formulas[1]).toEqual(['=1+2', '+cmd', '-//-', '@SUM(1)', '1.10']);
    });
  });

  test('General cells convert numbers, percents, booleans and dates; null leaves a cell alone', async () => {
    const host = createMemoryHost([Grid.fromDense('S', [['keep']])]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:F1').values = [[null, '1.10', '45%', 'TRUE', '10.09.2021', '-']];
      const r = sheet.getRange('A1:F1').load('values, numberFormat');
      await context.sync();
      expect(r.values[0]).toEqual(['keep', 1.1, 0.45, true, 44449, '-']);
      expect(r.numberFormat[0][2]).toBe('0%');
      expect(r.numberFormat[0][4]).toBe('dd.mm.yyyy');
    });
  });

  test('the input matrix must match the range', async () => {
    const host = createMemoryHost([new Grid('S')]);
    await expect(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B2').values = [['only one row', 'x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('objects of a finished Excel.run cannot queue work', async () => {
    const host = createMemoryHost([sampleGrid()]);
    let leaked: Excel.Range | undefined;
    await host.Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('План').getRange('A1');
      leaked.load('values');
    });
    expect(leaked?.values).toEqual([['№']]);
    expect(() => {
      leaked!.values = [['x']];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  test('used ranges: values-only, formatting, blank sheets and null objects', async () => {
    const grid = Grid.fromDense('S', [['', ''], ['', 'x']]);
    const host = createMemoryHost([grid, new Grid('Blank')]);
    host.setFill('S', 'D5', '#FF0000');
    await host.Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const valuesOnly = s.getUsedRange(true).load('address');
      const all = s.getUsedRange().load('address');
      const blank = context.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject(true);
      const blankPlain = context.workbook.worksheets.getItem('Blank').getUsedRange().load('address');
      blank.load('address');
      expect(() => blank.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(valuesOnly.address).toBe('S!B2');
      expect(all.address).toBe('S!B2:D5');
      expect(blank.isNullObject).toBe(true);
      expect(blankPlain.address).toBe('Blank!A1');
    });
  });

  test('sheet names with spaces are quoted in addresses', async () => {
    const host = createMemoryHost([Grid.fromDense('ДК 1.3', [['a']]), Grid.fromDense('Лист1', [['b']])]);
    await host.Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem('ДК 1.3').getRange('A1').load('address');
      const b = context.workbook.worksheets.getItem('Лист1').getRange('A1').load('address');
      await context.sync();
      expect(a.address).toBe("'ДК 1.3'!A1");
      expect(b.address).toBe('Лист1!A1');
    });
  });
});

describe('in-memory Excel: fills, merges, hyperlinks, settings', () => {
  test('No Fill reads as #FFFFFF with pattern None and tintAndShade null; clear() restores it', async () => {
    const host = createMemoryHost([sampleGrid()]);
    host.setFill('План', 'B2', '#ffffff');
    host.setFill('План', 'C2', '#FF0000');
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('План');
      const none = sheet.getRange('A2').format.fill.load('color, pattern, tintAndShade');
      const white = sheet.getRange('B2').format.fill.load('color, pattern, tintAndShade');
      const mixed = sheet.getRange('A2:C2').format.fill.load('color');
      await context.sync();
      expect([none.color, none.pattern, none.tintAndShade]).toEqual(['#FFFFFF', 'None', null]);
      expect([white.color, white.pattern, white.tintAndShade]).toEqual(['#FFFFFF', 'Solid', 0]);
      expect(mixed.color).toBeNull();
      sheet.getRange('A2').format.fill.color = 'yellow';
      await context.sync();
      expect(host.cell('План', 'A2')?.fill?.color).toBe('#FFFF00');
      sheet.getRange('A2').format.fill.clear();
      await context.sync();
      expect(host.cell('План', 'A2')?.fill).toBeUndefined();
    });
  });

  test('merged areas: only those whose top-left cell is in the range; over 512 fails', async () => {
    const grid = sampleGrid();
    grid.addMerge({ r1: 0, c1: 0, r2: 0, c2: 1 });
    grid.addMerge({ r1: 1, c1: 2, r2: 2, c2: 2 });
    const host = createMemoryHost([grid]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('План');
      const all = sheet.getRange('A1:C3').getMergedAreasOrNullObject().load('address, areaCount');
      const lower = sheet.getRange('A3:C3').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(all.address).toBe('План!A1:B1,План!C2:C3');
      expect(all.areaCount).toBe(2);
      expect(lower.isNullObject).toBe(true);
    });
    host.maxMergedAreas = 1;
    await expect(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('План').getRange('A1:C3').getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });

  test('a hyperlink sets the cell text literally and points into the workbook', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('R');
      sheet.getRange('A1').hyperlink = { documentReference: "'План'!B2", textToDisplay: 'B2' };
      await context.sync();
      const link = sheet.getRange('A1').load('hyperlink, values');
      await context.sync();
      expect(link.values).toEqual([['B2']]);
      expect(link.hyperlink).toEqual({ documentReference: "'План'!B2", textToDisplay: 'B2' });
    });
    expect(host.resolveReference("'План'!B2")).toEqual({ sheet: 'План', address: 'B2' });
    expect(host.resolveReference("'Нет'!B2")).toBeNull();
  });

  test('settings: add, getItemOrNullObject, delete; values are copies', async () => {
    const host = createMemoryHost([sampleGrid()]);
    const value = { keys: ['a'] };
    await host.Excel.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject('k').load('value');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.settings.add('k', value);
      value.keys.push('mutated');
      const got = context.workbook.settings.getItem('k').load('value');
      await context.sync();
      expect(got.value).toEqual({ keys: ['a'] });
      got.delete();
      await context.sync();
    });
    expect(host.book.settings.has('k')).toBe(false);
  });

  test('worksheets: add, duplicate name, items, activate, select, delete', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await host.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add('Замечания');
      added.load('name, position');
      sheets.load('items/name');
      await context.sync();
      expect(added.position).toBe(1);
      expect(sheets.items.map((s: Excel.Worksheet) => s.name)).toEqual(['План', 'Замечания']);
      sheets.add('замечания');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      added.activate();
      sheets.getItem('План').getRange('B3').select();
      await context.sync();
      expect(host.selection).toEqual({ sheet: 'План', address: 'B3' });
      added.delete();
      await context.sync();
      expect(host.sheetNames).toEqual(['План']);
    });
  });
});

describe('in-memory Excel: payload limits', () => {
  test('a response over the limit fails the sync', async () => {
    // A request for one load is already some 900 bytes as the runtime writes it.
    const host = createMemoryHost([Grid.fromDense('S', [['x'.repeat(3000)]])], { payloadLimit: 2000 });
    await expect(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(host.syncLog[0].error).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('a request over the limit fails the sync and applies nothing', async () => {
    const host = createMemoryHost([new Grid('S')], { payloadLimit: 2000 });
    await expect(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['y'.repeat(3000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.cell('S', 'A1')).toBeUndefined();
  });

  test('whole-column reads are refused before being built', async () => {
    const host = createMemoryHost([sampleGrid()]);
    await expect(
      host.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('План').getRange('A:C').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('in-memory Excel: events', () => {
  test('onChanged reports the add-in\'s writes as ThisLocalAddin and user edits as Unknown, after the sync', async () => {
    const host = createMemoryHost([sampleGrid()]);
    const seen: Array<{ address: string; triggerSource: string; source: string }> = [];
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs & { triggerSource?: string }) => {
        seen.push({ address: e.address, triggerSource: e.triggerSource, source: e.source });
      });
      await context.sync();
    });
    expect(host.handlerCount).toBe(1);
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('План').getRange('B2').values = [['x']];
      await context.sync();
      expect(seen).toEqual([]); // events arrive on a later task
    });
    host.userEdit('План', 'C2', 'Ежеквартально');
    await host.settled();
    expect(seen).toEqual([
      { address: 'B2', triggerSource: 'ThisLocalAddin', source: 'Local' },
      { address: 'C2', triggerSource: 'Unknown', source: 'Local' },
    ]);
  });

  test('fills do not raise onChanged (they are format changes)', async () => {
    const host = createMemoryHost([sampleGrid()]);
    const seen: unknown[] = [];
    await host.Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
      await context.sync();
      context.workbook.worksheets.getItem('План').getRange('A1').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    await host.settled();
    expect(seen).toEqual([]);
  });
});

describe('installMemoryOffice', () => {
  afterEach(() => uninstallMemoryOffice(globalThis));

  test('puts Office, Excel and OfficeExtension on the target', async () => {
    const host = installMemoryOffice(globalThis, [sampleGrid()], { displayLanguage: 'en-US' });
    const g = globalThis as unknown as { Office: typeof Office; Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
    expect(g.Office.context.displayLanguage).toBe('en-US');
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(g.Office.context.requirements.isSetSupported('ExcelApi', '1.99')).toBe(false);
    const name = await g.Excel.run(async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe('План');
    expect(host.syncCount).toBe(1);
    const error = await g.Excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('x').load('name');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g.OfficeExtension.Error);
    expect(error).toMatchObject({ code: 'ItemNotFound' });
  });
});
