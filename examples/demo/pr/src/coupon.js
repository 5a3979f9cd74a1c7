'use strict'

const CODES = new Map([
  ['WELCOME10', { percent: 10, minCents: 0 }],
  ['BIG20', { percent: 20, minCents: 20000 }]
])

/** The discount percentage a coupon code gives a cart of `totalCents`, or 0. */
function couponPercent(code, totalCents) {
  const coupon = CODES.get(String(code).toUpperCase())
  if (!coupon) {
    return 0
  }
  if (totalCents < coupon.minCents) {
    return 0
  }
  return coupon.percent
}

/** Whether a code exists at all (for the checkout form). */
function isKnownCoupon(code) {
  return CODES.has(String(code).toUpperCase())
}

module.exports = { couponPercent, isKnownCoupon }
