/** The value of a number token: "2,000" → 2000, "22.5" → 22.5, "1.234.567" (dots as thousands) → 1234567; NaN otherwise. */
export function parseNumber(text: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}
