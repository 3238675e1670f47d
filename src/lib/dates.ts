const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * "2017-06-28" as "28 juni 2017", "2017-06" as "juni 2017", "2019" as "2019"; two possible dates
 * "2020-12/2021-01" as "december 2020 of januari 2021".
 */
export function formatSourceDate(value: string): string {
  if (value.includes('/')) return value.split('/').map(formatSourceDate).join(' of ');
  const [year, month, day] = value.split('-');
  if (!year || !month) return value;
  const monthName = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
