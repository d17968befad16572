/** The value of a number token: "2,000" → 2000, "22.5" → 22.5, "1.234.567" (dots as thousands) → 1234567; NaN otherwise. */
export function parseNumber(text: string): number {
  if (THOUSANDS.test(text)) return Number(text.replace(/,/g, ''));
  if (DOT_THOUSANDS.test(text)) return Number(text.replace(/\./g, ''));
  if (DECIMAL.test(text)) return Number(text);
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}

// constants, not literals in the function: a literal is a new RegExp object at each call, and this runs per number
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const DOT_THOUSANDS = /^\d{1,3}(\.\d{3}){2,}$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
