/**
 * «Столбцы»: which column of the checked sheet is which field, as the engine recognised it (by its
 * header, by its contents, or as the user set it), with a list per field to choose another column.
 * A choice is kept in the workbook for that sheet and used by every check of it, live re-checks
 * included; «Авто» gives the field back to the recognition.
 */
import * as React from 'react';
import { Caption1, Field as FluentField, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { FIELDS, type Field, type SheetReport } from '../../core/findings';
import type { Strings } from '../i18n';
import type { PaneStore } from '../state/pane-store';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  intro: { overflowWrap: 'anywhere' },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface ColumnsControlProps {
  store: PaneStore;
  t: Strings;
  report: SheetReport;
  /** The user's own letters per field on this sheet. */
  own: Partial<Record<Field, string | readonly string[]>>;
}

export function ColumnsControl({ store, t, report, own }: ColumnsControlProps): React.JSX.Element {
  const styles = useStyles();
  const headers = report.headers ?? [];
  const headerOf = (column: string) => headers.find((h) => h.column === column)?.text ?? '';
  return (
    <section className={styles.root} aria-label={t.columnsTitle(report.name)} data-testid="columns-control">
      <Subtitle2>{t.columnsTitle(report.name)}</Subtitle2>
      <Caption1 className={styles.intro}>{t.columnsIntro}</Caption1>
      {FIELDS.map((field) => {
        const mapped = (report.columnMap ?? []).filter((c) => c.field === field);
        const main = mapped[0];
        const found = mapped.length > 1 ? mapped.map((c) => c.column).join('+') : main ? t.columnChoice(main.column, headerOf(main.column)) : null;
        const chosen = own[field];
        const value = chosen === undefined ? '' : typeof chosen === 'string' ? chosen : chosen.join('+');
        const hint = main ? t.columnSource[main.source] : undefined;
        return (
          <FluentField key={field} label={t.field[field]} hint={hint} size="small">
            <Select
              className={styles.select}
              size="small"
              value={value}
              onChange={(_, data) => void store.setColumns(report.name, field, data.value || null)}
              data-testid={`column-${field}`}
            >
              <option value="">{t.columnAuto(chosen === undefined ? found : null)}</option>
              {value && !headers.some((h) => h.column === value) && <option value={value}>{value}</option>}
              {headers.map((h) => (
                <option key={h.column} value={h.column}>
                  {t.columnChoice(h.column, h.text)}
                </option>
              ))}
            </Select>
          </FluentField>
        );
      })}
    </section>
  );
}
