// Types of scripts/ascii.mjs, for the tests that import it.
export interface ColumnMove {
  from: number
  oldLength: number
  newLength: number
}
export interface Escaped {
  text: string
  /** 0-based generated line → how its columns moved. */
  moves: Map<number, ColumnMove[]>
  problems: { line: number; column: number; reason: string }[]
}
export function escapeNonAscii(text: string): Escaped
export function lineOf(text: string, at: number): { line: number; column: number }
/** A parsed source map with its generated columns moved; the same object when nothing moved. */
export function shiftSourceMap<M extends { mappings: string }>(map: M, moves: Escaped['moves']): M
