'use strict'
const { lineTotal, cartTotal, vat } = require('../src/pricing')
const { formatCents } = require('../src/format')

test('line totals multiply', () => {
  expect(lineTotal(250, 4)).toBe(1000)
})

test('negative quantities are refused', () => {
  expect(() => lineTotal(250, -1)).toThrow(RangeError)
})

test('cart totals add up', () => {
  expect(
    cartTotal([
      { unitCents: 100, quantity: 2 },
      { unitCents: 50, quantity: 1 }
    ])
  ).toBe(250)
})

test('VAT rounds half up', () => {
  expect(vat(1050, 10)).toBe(105)
})

test('cents format', () => {
  expect(formatCents(1234)).toBe('12.34 EUR')
  expect(formatCents(-5)).toBe('-0.05 EUR')
})
