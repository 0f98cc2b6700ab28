// No zod here: the shop's sales page checks a period with the same rule before asking for it.

/** The longest sales period asked for at a time, in days. */
export const maxSalesPeriodDays = 366;

/** What is wrong with a period of Swedish calendar days (YYYY-MM-DD, both included), if anything. */
export function salesPeriodProblem(period: {
  from: string;
  to: string;
}): 'to_before_from' | 'too_long' | null {
  if (period.from > period.to) return 'to_before_from';
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  return days >= maxSalesPeriodDays ? 'too_long' : null;
}
