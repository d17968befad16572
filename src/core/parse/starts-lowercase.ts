/** Whether a line's first word is lowercase throughout its first letters: "a message to Tehran", not "iPhone sales". */
export function startsLowercase(text: string): boolean {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  return /^\p{Ll}/u.test(first) && !/\p{Lu}/u.test(first);
}
