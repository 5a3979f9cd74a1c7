'use strict'
const { couponPercent } = require('../src/coupon')
const { discount, cartTotal } = require('../src/pricing')

test('welcome coupon gives 10%', () => {
  expect(couponPercent('welcome10', 500)).toBe(10)
})

test('unknown coupons give nothing', () => {
  expect(couponPercent('NOPE', 500)).toBe(0)
})

test('discounts apply per line', () => {
  expect(discount(1000, 10)).toBe(100)
  expect(cartTotal([{ unitCents: 1000, quantity: 1, discountPercent: 10 }])).toBe(900)
})
