/** The in-memory Excel's data validation, charts and AutoFilter through Microsoft's runtime: Excel's limits. */
import { Grid } from '../../src/core/grid';
import { createMemoryHost, type MemoryHost } from '../../src/excel/memory-host';

function host(): MemoryHost {
  const g = new Grid('Данные');
  [['Школа', '2023', '2024'], ['СОШ 1', 10, 12], ['СОШ 2', 20, 18], ['СОШ 3', 5, null]].forEach((row, r) =>
    row.forEach((v, c) => v !== null && g.set(r, c, { value: v })),
  );
  return createMemoryHost([g]);
}

const run = <T>(h: MemoryHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => h.Excel.run(batch);

describe('data validation', () => {
  test('rule, prompt and alert are queued, applied at sync, and read back', async () => {
    const h = host();
    await run(h, async (context) => {
      const dv = context.workbook.worksheets.getItem('Данные').getRange('B2:B4').dataValidation;
      dv.rule = { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } };
      dv.prompt = { showPrompt: true, title: 'Значение', message: 'Целое число' };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Ошибка', message: 'Только целые' };
      expect(h.validations('Данные')).toEqual([]);
      await context.sync();
    });
    expect(h.validation('Данные', 'B3')).toMatchObject({
      rule: { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: '=0' } },
      prompt: { showPrompt: true, title: 'Значение', message: 'Целое число' },
      errorAlert: { style: 'Stop', title: 'Ошибка' },
    });
    const read = await run(h, async (context) => {
      const dv = context.workbook.worksheets.getItem('Данные').getRange('B2:B4').dataValidation.load('type,rule,prompt');
      const mixed = context.workbook.worksheets.getItem('Данные').getRange('B1:B4').dataValidation.load('type');
      const none = context.workbook.worksheets.getItem('Данные').getRange('C2').dataValidation.load('type');
      await context.sync();
      return { type: dv.type, rule: dv.rule, prompt: dv.prompt, mixed: mixed.type, none: none.type };
    });
    expect(read).toEqual({
      type: 'WholeNumber',
      rule: { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: '=0' } },
      prompt: { showPrompt: true, title: 'Значение', message: 'Целое число' },
      mixed: 'Inconsistent',
      none: 'None',
    });
    await run(h, async (context) => {
      context.workbook.worksheets.getItem('Данные').getRange('B:B').dataValidation.clear();
      await context.sync();
    });
    expect(h.validations('Данные')).toEqual([]);
  });

  test.each([
    ['two rule types', { rule: { custom: { formula: '=TRUE' }, list: { inCellDropDown: true, source: 'a,b' } } }],
    ['a formula past 255 characters', { rule: { custom: { formula: `=${'A'.repeat(256)}` } } }],
    ['a missing formula2 for Between', { rule: { textLength: { operator: 'Between', formula1: 1 } } }],
    ['a prompt title past 32 characters', { prompt: { showPrompt: true, title: 'Т'.repeat(33), message: '' } }],
    ['a prompt message past 255 characters', { prompt: { showPrompt: true, title: '', message: 'т'.repeat(256) } }],
    ['an alert message past 225 characters', { errorAlert: { showAlert: true, style: 'Stop', title: '', message: 'т'.repeat(226) } }],
    ['an unknown alert style', { errorAlert: { showAlert: true, style: 'Loud', title: '', message: '' } }],
  ])('refuses %s with InvalidArgument, at sync', async (_name, props) => {
    const h = host();
    await expect(
      run(h, async (context) => {
        const dv = context.workbook.worksheets.getItem('Данные').getRange('B2').dataValidation as unknown as Record<string, unknown>;
        for (const [k, v] of Object.entries(props)) dv[k] = v;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(h.validations('Данные')).toEqual([]);
  });
});

describe('charts', () => {
  test('add, title, position: series by columns from the source cells', async () => {
    const h = host();
    const name = await run(h, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Данные');
      const chart = sheet.charts.add(h.Excel.ChartType.columnClustered as Excel.ChartType, sheet.getRange('A1:C4'), h.Excel.ChartSeriesBy.columns as Excel.ChartSeriesBy);
      chart.title.text = 'Участники';
      chart.setPosition('E2', 'L16');
      chart.load('name');
      const count = sheet.charts.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      return chart.name;
    });
    expect(name).toBe('Chart 1');
    const [chart] = h.charts('Данные');
    expect(chart).toMatchObject({ type: 'ColumnClustered', title: 'Участники', source: 'Данные!A1:C4' });
    expect(chart.series).toEqual([
      { name: '2023', categories: ['СОШ 1', 'СОШ 2', 'СОШ 3'], values: [10, 20, 5] },
      { name: '2024', categories: ['СОШ 1', 'СОШ 2', 'СОШ 3'], values: [12, 18, null] },
    ]);
    expect(chart.position.left).toBeGreaterThan(0);
    expect(chart.position.height).toBe(15 * 15);
  });

  test('an unknown type or a title past 255 characters fails the sync', async () => {
    const h = host();
    await expect(
      run(h, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Данные');
        sheet.charts.add('Sparkle' as Excel.ChartType, sheet.getRange('A1:C4'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      run(h, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Данные');
        sheet.charts.add('ColumnClustered', sheet.getRange('A1:C4')).title.text = 'x'.repeat(256);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

test('AutoFilter: apply and remove', async () => {
  const h = host();
  await run(h, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Данные');
    sheet.autoFilter.apply(sheet.getRange('A1:C4'));
    const filter = sheet.autoFilter.load('enabled');
    await context.sync();
    expect(filter.enabled).toBe(true);
  });
  expect(h.autoFilter('Данные')).toBe('A1:C4');
  await run(h, async (context) => {
    context.workbook.worksheets.getItem('Данные').autoFilter.remove();
    await context.sync();
  });
  expect(h.autoFilter('Данные')).toBeNull();
});
