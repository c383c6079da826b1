import { languageFromDisplay, pluralRu, STRINGS } from '../../src/taskpane/i18n';
import { isDarkTheme, readOfficeEnvironment } from '../../src/taskpane/office-env';

describe('languageFromDisplay', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['ru', 'ru'],
    ['RU-kz', 'ru'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    ['uk-UA', 'en'],
    ['rus', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (display, language) => {
    expect(languageFromDisplay(display)).toBe(language);
  });
});

describe('strings', () => {
  it('has the same keys in Russian and English', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.ru).sort());
  });

  it('uses Russian plural forms', () => {
    expect([1, 2, 5, 11, 21, 22, 112].map((n) => pluralRu(n, 'ошибка', 'ошибки', 'ошибок'))).toEqual([
      'ошибка',
      'ошибки',
      'ошибок',
      'ошибок',
      'ошибка',
      'ошибки',
      'ошибок',
    ]);
    const facts = (errors: number) => ({ state: 'not-ready' as const, nothing: null, counts: { error: errors, warning: 0, info: 0 }, warningRules: [] });
    expect(STRINGS.ru.verdictTitle(facts(3))).toBe('Не готово: 3 ошибки');
    expect(STRINGS.en.verdictTitle(facts(1))).toBe('Not ready: 1 error');
  });

  it('words the verdict’s three states and their reasons, naming what a sheet is when there is nothing to submit', () => {
    const counts = { error: 0, warning: 7, info: 0 };
    const warnings = { state: 'warnings' as const, nothing: null, counts, warningRules: [{ rule: 'deadline-vague', count: 7 }] };
    expect(STRINGS.ru.verdictTitle(warnings)).toBe('Можно отправить, но есть замечания');
    expect(STRINGS.ru.verdictReason(warnings)).toBe('Ошибок нет. Предупреждения отправке не мешают, но планы с неконкретными сроками проверяющие обычно возвращают.');
    expect(STRINGS.ru.verdictReason({ ...warnings, warningRules: [{ rule: 'result-missing', count: 7 }] })).toBe('Ошибок нет. Предупреждения отправке не мешают — посмотрите их, если есть время.');
    expect(STRINGS.ru.ruleCount('deadline-vague', 139)).toBe('Неконкретный срок — 139');
    const ready = { state: 'ready' as const, nothing: null, counts: { error: 0, warning: 0, info: 2 }, warningRules: [] };
    expect(STRINGS.ru.verdictTitle(ready)).toBe('Готово к отправке');
    expect(STRINGS.ru.verdictReason(ready)).toBe('Ошибок и предупреждений нет; 2 примечания — на ваше усмотрение.');
    expect(STRINGS.en.verdictReason({ ...ready, counts: { error: 0, warning: 0, info: 0 } })).toBe('No errors or warnings.');
    const nothing = (reason: 'own-sheet' | 'indicators' | 'not-roadmap' | 'empty-plan' | 'no-sheets', sheets: string[]) => ({
      state: 'not-ready' as const,
      nothing: { reason, sheets },
      counts: { error: 0, warning: 0, info: 0 },
      warningRules: [],
    });
    expect(STRINGS.ru.verdictTitle(nothing('not-roadmap', ['Паспорт']))).toBe('Не готово: дорожная карта не найдена');
    expect(STRINGS.ru.verdictReason(nothing('not-roadmap', ['Паспорт']))).toBe('Лист «Паспорт» не похож на дорожную карту: не найдена шапка с мероприятиями, сроками и ответственными.');
    expect(STRINGS.ru.verdictReason(nothing('not-roadmap', ['Паспорт', 'Лист2']))).toBe('Листы «Паспорт», «Лист2» не похожи на дорожную карту: не найдена шапка с мероприятиями, сроками и ответственными.');
    expect(STRINGS.ru.verdictTitle(nothing('empty-plan', ['Дорожная карта']))).toBe('Не готово: в плане нет мероприятий');
    expect(STRINGS.ru.verdictTitle(nothing('own-sheet', ['Замечания']))).toBe('Не готово: это лист надстройки, а не план');
    expect(STRINGS.en.verdictReason(nothing('indicators', ['Показатели']))).toBe('The sheet “Показатели” is a school indicator table: consolidate it on the “Summary” tab.');
    expect(STRINGS.en.verdictTitle(nothing('no-sheets', []))).toBe('Not ready: nothing to check');
  });

  it('shows the stepper position like Excel', () => {
    expect(STRINGS.ru.position(2, 17)).toBe('3 из 17');
    expect(STRINGS.en.position(2, 17)).toBe('3 of 17');
    expect(STRINGS.ru.position(null, 17)).toBe('— из 17');
  });

  it('titles known rules and falls back to the id', () => {
    expect(STRINGS.ru.ruleTitle('deadline-vague')).toBe('Неконкретный срок');
    expect(STRINGS.en.ruleTitle('brand-new-rule')).toBe('brand-new-rule');
  });
});

describe('office environment', () => {
  it('reads the language and the theme from Office', () => {
    expect(readOfficeEnvironment({ context: { displayLanguage: 'ru-RU', officeTheme: { bodyBackgroundColor: '#262626' } } })).toEqual({
      language: 'ru',
      dark: true,
    });
    expect(readOfficeEnvironment({ context: { displayLanguage: 'en-GB', officeTheme: { bodyBackgroundColor: '#FFFFFF' } } })).toEqual({
      language: 'en',
      dark: false,
    });
    expect(readOfficeEnvironment(undefined)).toEqual({ language: 'en', dark: false });
  });

  it('tells dark backgrounds from light ones', () => {
    expect(isDarkTheme({ bodyBackgroundColor: '#000000' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#444' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: 'not a colour' })).toBe(false);
    expect(isDarkTheme(null)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe(true);
  });
});
