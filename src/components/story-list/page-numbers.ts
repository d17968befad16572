/** A gap in a row of page links ("…"). */
export const GAP = 'gap';

/**
 * The page numbers worth a link: the first, the last, and `around` on each side of the current one, with
 * gaps for the rest, so a thousand pages still make a short row (1 … 4 5 6 7 8 … 96).
 */
export function pageNumbers(page: number, pageCount: number, around = 2): (number | typeof GAP)[] {
  const wanted = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const row: (number | typeof GAP)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    // a gap of one page is shown as that page: "1 2 3", not "1 … 3"
    if (previous !== undefined && p - previous === 2) row.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) row.push(GAP);
    row.push(p);
  });
  return row;
}
