/**
 * The finding about a checked workbook (or a selection of sheets) as a whole: there is no roadmap
 * in it. Nothing to check is not «all clear» — a wrong file, a passport, an order, an indicator
 * table sent for a plan, a text file that did not read as a table — so it is an error of its own,
 * with its own id, raised by `checkWorkbook` for every face: the command line (exit 1), the
 * pane's verdict, the web app.
 */
import { defineFinding } from './descriptor';

export const noRoadmap = defineFinding({
  id: 'no-roadmap',
  domain: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Нет дорожной карты', en: 'No roadmap' },
      description: {
        ru: 'Ни на одном проверенном листе нет таблицы мероприятий и ни один лист не похож на план с ненайденным заголовком: это другой документ (паспорт, приказ, таблица показателей) или не тот файл.',
        en: 'No sheet checked holds a table of events, and none looks like a plan whose header was not found: it is another document (a passport, an order, an indicator table) or the wrong file.',
      },
      fix: {
        ru: 'Проверьте, тот ли это файл; откройте лист с планом мероприятий. Таблицу показателей сводят командой consolidate или на вкладке «Свод».',
        en: 'Check that this is the right file; open the sheet with the plan of events. An indicator table is consolidated with consolidate or on the «Свод» tab.',
      },
    },
    messages: {
      workbook: {
        ru: 'В файле нет дорожной карты: ни на одном листе ({sheets}) нет таблицы мероприятий с графами «Мероприятие», «Срок», «Ответственный». Проверьте, тот ли это файл.',
        en: 'The file holds no roadmap: no sheet ({sheets}) has a table of events with the columns «Мероприятие», «Срок», «Ответственный». Check that this is the right file.',
      },
      sheet: {
        ru: 'На листе «{sheet}» нет дорожной карты: нет таблицы мероприятий с графами «Мероприятие», «Срок», «Ответственный». Откройте лист с планом или проверьте всю книгу.',
        en: 'Sheet «{sheet}» holds no roadmap: it has no table of events with the columns «Мероприятие», «Срок», «Ответственный». Open the sheet with the plan or check the whole workbook.',
      },
      indicators: {
        ru: 'В файле нет дорожной карты, а на листе «{sheet}» — таблица показателей: её сводят командой consolidate или на вкладке «Свод», а не проверяют как план.',
        en: 'The file holds no roadmap; sheet «{sheet}» is an indicator table: it is consolidated with consolidate or on the «Свод» tab, not checked as a plan.',
      },
    },
  },
});

/** Every code about a checked workbook as a whole. */
export const WORKBOOK_FINDINGS = [noRoadmap] as const;
