'use strict'

/** "12.34 EUR" from cents. */
function formatCents(cents, currency = 'EUR') {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const units = Math.floor(abs / 100)
  const rest = String(abs % 100).padStart(2, '0')
  return `${sign}${units}.${rest} ${currency}`
}

function formatPercent(value) {
  if (!Number.isFinite(value)) {
    return 'n/a'
  }
  return `${value.toFixed(1)}%`
}

module.exports = { formatCents, formatPercent }
