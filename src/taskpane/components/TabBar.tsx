/**
 * The pane's tab bar, as WAI-ARIA's tabs pattern: one Tab stop (the selected tab), ← → Home End
 * move and select. Fluent's TabList does the same through Tabster, whose hidden focusable
 * sentinels (`<i tabindex="0" aria-hidden>`) axe-core reports as `aria-hidden-focus`; three tabs
 * need no focus manager.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, padding: `0 ${tokens.spacingHorizontalXS}` },
  tab: {
    position: 'relative',
    minHeight: '32px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: '0',
      height: '3px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabBarItem<T extends string> {
  value: T;
  label: string;
  testId?: string;
}

export interface TabBarProps<T extends string> {
  items: ReadonlyArray<TabBarItem<T>>;
  selected: T;
  onSelect: (value: T) => void;
  /** The id of the panel the tabs control. */
  panelId: string;
  label?: string;
  className?: string;
}

export function TabBar<T extends string>({ items, selected, onSelect, panelId, label, className }: TabBarProps<T>): React.JSX.Element {
  const styles = useStyles();
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const go = (index: number): void => {
    const i = (index + items.length) % items.length;
    onSelect(items[i].value);
    refs.current[i]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number): void => {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    go(to);
  };
  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, className)}>
      {items.map((item, i) => {
        const on = item.value === selected;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            aria-selected={on}
            aria-controls={panelId}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, on && styles.selected)}
            onClick={() => onSelect(item.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
            data-testid={item.testId}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
