'use strict'

/** Price of a cart line in cents: unit price times quantity, never negative. */
function lineTotal(unitCents, quantity) {
  if (!Number.isInteger(unitCents) || !Number.isInteger(quantity)) {
    throw new TypeError('prices and quantities are whole numbers')
  }
  if (quantity < 0) {
    throw new RangeError('quantity cannot be negative')
  }
  return unitCents * quantity
}

/** Sum of all lines of a cart. */
function cartTotal(lines) {
  let total = 0
  for (const line of lines) {
    total += lineTotal(line.unitCents, line.quantity)
  }
  return total
}

/** VAT in cents, rounded half up. */
function vat(totalCents, ratePercent) {
  return Math.floor((totalCents * ratePercent + 50) / 100)
}

module.exports = { lineTotal, cartTotal, vat }
