const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2017-06-28" as "28 juni 2017", "2017-06" as "juni 2017", "2019" as "2019". */
export function formatSourceDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!year || !month) return value;
  const monthName = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
