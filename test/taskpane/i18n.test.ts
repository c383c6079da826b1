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
    expect(STRINGS.ru.verdictNotReady(3)).toBe('Не готово: 3 ошибки');
    expect(STRINGS.en.verdictNotReady(1)).toBe('Not ready: 1 error');
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
