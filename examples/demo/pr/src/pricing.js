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

/** Sum of all lines of a cart, after each line's discount. */
function cartTotal(lines) {
  let total = 0
  for (const line of lines) {
    const gross = lineTotal(line.unitCents, line.quantity)
    total += gross - discount(gross, line.discountPercent || 0)
  }
  return total
}

/** Discount in cents for a percentage; bulk orders of 10 000 cents or more get at least 5%. */
function discount(grossCents, percent) {
  if (percent < 0 || percent > 100) {
    throw new RangeError('discount must be between 0 and 100 percent')
  }
  let effective = percent
  if (grossCents >= 10000 && effective < 5) {
    effective = 5
  }
  return Math.floor((grossCents * effective) / 100)
}

/** VAT in cents, rounded half up. */
function vat(totalCents, ratePercent) {
  return Math.floor((totalCents * ratePercent + 50) / 100)
}

module.exports = { lineTotal, cartTotal, discount, vat }
