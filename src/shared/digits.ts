// Integers with thousands separators ("1,234,567"), as toLocaleString('en-US') writes them. Not that call: its
// first use loads ICU's number formatting, about 20 ms of a short CLI run here.

/** `n` rounded to an integer, digits grouped by three with commas; non-finite values as String(n). */
export function groupThousands(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const digits = BigInt(Math.abs(Math.round(n))).toString()
  let out = ''
  // Bounded by the digit count (at most 309 for a finite double).
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end)
    out = out ? `${part},${out}` : part
  }
  return n < 0 && out !== '0' ? `-${out}` : out
}
