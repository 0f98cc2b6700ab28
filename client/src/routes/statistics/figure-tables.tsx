import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll.tsx';

/** A change as a signed percentage, or a dash where the year before had nothing. */
export function changeText(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? '±0 %' : '–';
  const percent = Math.round(((current - previous) / previous) * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)} %`;
}

export type Column<Row> = {
  key: string;
  header: string;
  value: (row: Row) => ReactNode;
  numeric?: boolean;
};

/** The figures of a chart, or any list of them, as a table: what a screen reader reads. */
export function FigureTable<Row>(props: {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  footer?: Row;
}) {
  const cells = (row: Row, header: boolean) =>
    props.columns.map((column, index) =>
      index === 0 && header ? (
        <th key={column.key} scope="row">
          {column.value(row)}
        </th>
      ) : (
        <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
          {column.value(row)}
        </td>
      ),
    );
  return (
    <TableScroll label={props.label}>
      <table className="data-table statistics-table">
        <caption className="visually-hidden">{props.label}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)}>{cells(row, true)}</tr>
          ))}
        </tbody>
        {props.footer ? (
          <tfoot>
            <tr>{cells(props.footer, true)}</tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
  );
}

/** Key figures of the period beside the year before and the change. */
export function KeyFigures(props: {
  label: string;
  rows: readonly {
    key: string;
    name: string;
    current: number;
    previous: number;
    format?: (value: number) => string;
  }[];
}) {
  const { t } = useTranslation('statistics');
  const show = (row: (typeof props.rows)[number], value: number) =>
    row.format ? row.format(value) : value.toLocaleString('sv-SE');
  return (
    <FigureTable
      label={props.label}
      rows={props.rows}
      rowKey={(row) => row.key}
      columns={[
        { key: 'name', header: props.label, value: (row) => row.name },
        {
          key: 'current',
          header: t('current'),
          value: (row) => show(row, row.current),
          numeric: true,
        },
        {
          key: 'previous',
          header: t('previous'),
          value: (row) => show(row, row.previous),
          numeric: true,
        },
        {
          key: 'change',
          header: t('change'),
          value: (row) => changeText(row.current, row.previous),
          numeric: true,
        },
      ]}
    />
  );
}
