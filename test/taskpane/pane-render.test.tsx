/**
 * The React layer rendered to static markup (no DOM needed): what a check shows, in both
 * languages, and that cell text is always text.
 */
import { renderToString } from 'react-dom/server';
import { FluentProvider, SSRProvider, webLightTheme } from '@fluentui/react-components';
import type { Finding, Language } from '../../src/core/findings';
import { App } from '../../src/taskpane/App';
import { Pane } from '../../src/taskpane/components/Pane';
import { strings } from '../../src/taskpane/i18n';
import { PaneStore } from '../../src/taskpane/state/pane-store';
import { FakePort, finding, report } from './helpers';

async function renderChecked(findings: Finding[], language: Language = 'ru'): Promise<string> {
  const store = new PaneStore({ port: new FakePort(), language, check: (grid) => report(grid.name, findings) });
  await store.checkActiveSheet();
  await store.next();
  return renderToString(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>
        <Pane store={store} state={store.getState()} t={strings(language)} />
      </FluentProvider>
    </SSRProvider>,
  );
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the pane', () => {
  it('shows the intro before the first check', () => {
    const html = renderToString(
      <SSRProvider>
        <App port={new FakePort()} language="ru" check={() => report('План', [])} />
      </SSRProvider>,
    );
    expect(textOf(html)).toContain('Проверить лист');
    expect(textOf(html)).toContain('Вся книга');
    expect(html).toContain('data-testid="intro"');
  });

  it('shows the verdict, the counts by severity and rule, and the stepper', async () => {
    const html = await renderChecked([
      finding('E7', 'responsible-missing', 'error'),
      finding('D5'),
      finding('D9'),
      finding('A3', 'column-order', 'info'),
    ]);
    const text = textOf(html);
    expect(text).toContain('Не готово: 1 ошибка');
    expect(text).toContain('Не указан ответственный');
    expect(text).toContain('Неконкретный срок');
    expect(text).toContain('1 из 4');
    expect(text).toContain('Далее');
    expect(text).toContain('Назад');
    expect(text).toContain('Подсветить');
    expect(text).toContain('Отчёт на лист');
  });

  it('speaks English when the language is English', async () => {
    const text = textOf(await renderChecked([finding('D5')], 'en'));
    expect(text).toContain('Can be submitted, with findings');
    expect(text).toContain('Vague deadline');
    expect(text).toContain('1 of 1');
  });

  it('lists the findings as one listbox: one Tab stop, options with the current one selected, no buttons inside', async () => {
    const html = await renderChecked([finding('E7', 'responsible-missing', 'error'), finding('D5'), finding('D9')]);
    const list = /<div[^>]*role="listbox"[^>]*>/.exec(html)![0];
    expect(list).toContain('tabindex="0"');
    expect(list).toContain('aria-label="Замечания"');
    const inside = html.slice(html.indexOf(list));
    const options = inside.match(/role="option"[^>]*/g)!;
    expect(options).toHaveLength(3);
    expect(options.filter((o) => o.includes('aria-selected="true"'))).toHaveLength(1);
    expect(inside.slice(0, inside.indexOf('Проверять при правке'))).not.toMatch(/<button|tabindex="0"[^>]*role="option"/);
    expect(html).toContain('aria-keyshortcuts="F8"');
    expect(html).toContain('aria-keyshortcuts="Shift+F8"');
  });

  it('never says «ready» for a sheet that is not a roadmap, nor for an empty plan', async () => {
    const passport = new PaneStore({ port: new FakePort(), language: 'ru', check: (grid) => report(grid.name, [], 'other') });
    await passport.checkActiveSheet();
    const empty = new PaneStore({ port: new FakePort(), language: 'ru', check: (grid) => ({ ...report(grid.name, []), counts: { sections: 0, events: 0 } }) });
    await empty.checkActiveSheet();
    for (const [store, title] of [
      [passport, 'Не готово: дорожная карта не найдена'],
      [empty, 'Не готово: в плане нет мероприятий'],
    ] as const) {
      const text = textOf(
        renderToString(
          <SSRProvider>
            <FluentProvider theme={webLightTheme}>
              <Pane store={store} state={store.getState()} t={strings('ru')} />
            </FluentProvider>
          </SSRProvider>,
        ),
      );
      expect(text).toContain(title);
      expect(text).not.toContain('Готово к отправке');
    }
  });

  it('renders cell text as text, never as markup', async () => {
    const html = await renderChecked([finding('D5', 'deadline-vague', 'warning', { value: '<img src=x onerror="alert(1)">', message: '<b>msg</b>' })]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>msg');
    expect(html).toContain('&lt;img src=x');
  });

  it('says so when there are no findings', async () => {
    expect(textOf(await renderChecked([]))).toContain('Замечаний нет.');
  });
});
