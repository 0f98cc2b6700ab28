import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// Charts of the statistics pages (decision 0037): recharts draws SVG, and only these pages'
// lazy chunk loads it. The period is a bar, the year before a dashed line with square marks,
// so the two are told apart by shape as well as by colour; both colours reach 7:1 on white.
// Every chart is followed by a table with the same figures: the chart itself is hidden from
// screen readers, which read the table.
// Every figure charted is a whole number, a count or an amount in öre, so the value axis has
// whole-number ticks (`allowDecimals`): a walk found 0,5 and 1,5 deliveries on a small count.

export const currentColour = '#1d4ed8';
export const previousColour = '#9a3412';

/** The year before's marks: squares, where the period has bars. */
function SquareDot(props: { cx?: number; cy?: number; index?: number }) {
  if (props.cx === undefined || props.cy === undefined) return <g />;
  return (
    <rect
      key={props.index}
      x={props.cx - 4}
      y={props.cy - 4}
      width={8}
      height={8}
      fill="#ffffff"
      stroke={previousColour}
      strokeWidth={2}
    />
  );
}

export type ComparisonPoint = { label: string; current: number; previous?: number | undefined };

/**
 * What names a chart, once: its own caption, or the heading just above it that already says
 * the same (a walk found "Per by" as a heading and again as the chart's caption under it).
 */
type ChartName = { title: string; headingId?: never } | { headingId: string; title?: never };

export function ComparisonChart(
  props: ChartName & {
    data: readonly ComparisonPoint[];
    currentName: string;
    previousName?: string;
    format?: (value: number) => string;
    layout?: 'months' | 'items';
  },
) {
  const format = props.format ?? ((value: number) => value.toLocaleString('sv-SE'));
  const height = props.layout === 'items' ? Math.max(160, props.data.length * 34 + 60) : 240;
  const vertical = props.layout === 'items';
  return (
    <figure className="statistics-chart" aria-labelledby={props.headingId}>
      {props.title === undefined ? null : (
        <figcaption className="statistics-chart__title">{props.title}</figcaption>
      )}
      <div className="statistics-chart__canvas" aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={[...props.data]}
            layout={vertical ? 'vertical' : 'horizontal'}
            margin={{ top: 8, right: 12, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#d4d4d8" strokeDasharray="2 4" />
            {vertical ? (
              <>
                <XAxis
                  type="number"
                  allowDecimals={false}
                  tickFormatter={format}
                  stroke="#3f3f46"
                  fontSize={12}
                />
                <YAxis type="category" dataKey="label" width={110} stroke="#3f3f46" fontSize={12} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" stroke="#3f3f46" fontSize={12} />
                <YAxis
                  allowDecimals={false}
                  tickFormatter={format}
                  width={64}
                  stroke="#3f3f46"
                  fontSize={12}
                />
              </>
            )}
            <Tooltip formatter={(value) => format(Number(value))} />
            <Legend />
            <Bar
              dataKey="current"
              name={props.currentName}
              fill={currentColour}
              isAnimationActive={false}
            />
            {props.previousName ? (
              <Line
                dataKey="previous"
                name={props.previousName}
                stroke={previousColour}
                strokeWidth={2}
                strokeDasharray="6 4"
                dot={SquareDot}
                legendType="plainline"
                isAnimationActive={false}
              />
            ) : null}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
