/**
 * Fuzz: the XML tokenizer (decodeXml, parseXml, decodeEntities) on mutated coverage XML and random input.
 * Properties: only a one-line UserError is thrown; events are well nested (every close matches the open
 * before it, nothing after the root closes); attribute reads give strings, and `int` gives undefined, NaN
 * or a non-negative integer (Infinity only for a digit run too long for a double).
 */
import { describe, it } from '@jest/globals'
import fc from 'fast-check'
import { decodeEntities, decodeXml, parseXml } from '../../src/coverage/parse/xml.js'
import { corpusSeeds, mutatedArb, params, randomArb, TOKENS, timed, userErrorOr } from './support.js'

const SEEDS = [
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">\n<report name="r &amp; s"><!-- c --><package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="3" mb="0" cb="0"/><![CDATA[x<y]]></sourcefile></package><counter type="LINE" missed="1" covered="2"/></report>\n'
  ),
  Buffer.from('<coverage a=\'1\' b="&#x41;&#66;&lt;">text &gt; more<x/><y z=""></y></coverage>'),
  ...corpusSeeds([
    'coverage/gcovr/simple/stdout/gcc-14/cobertura.xml',
    'coverage/gcovr/simple/stdout/gcc-14/clover.xml',
    'coverage/reportgenerator/JaCoCo_Ant.xml'
  ])
]
const ATTRS = [
  'name',
  'nr',
  'mi',
  'ci',
  'mb',
  'cb',
  'number',
  'hits',
  'a',
  'b',
  'z',
  'type',
  'covered',
  'missed'
]

function tokenize(buf: Buffer): void {
  const xml = decodeXml(buf, 'fuzz.xml')
  const stack: string[] = []
  let closedRoot = false
  parseXml(xml, 'fuzz.xml', {
    open(name, attrs, selfClosing) {
      if (closedRoot) throw new Error(`<${name}> after the root closed`)
      if (typeof name !== 'string' || name === '') throw new Error(`bad element name ${JSON.stringify(name)}`)
      for (const a of ATTRS) {
        const v = attrs.get(a)
        if (v !== undefined && typeof v !== 'string') throw new Error(`attribute ${a} is ${typeof v}`)
        const n = attrs.int(a)
        if (n !== undefined && !Number.isNaN(n) && !(n >= 0 && (Number.isInteger(n) || n === Infinity))) {
          throw new Error(`int(${a}) gave ${n}`)
        }
        if ((v === undefined) !== (n === undefined)) throw new Error(`get/int disagree on presence of ${a}`)
      }
      stack.push(name)
      void selfClosing
    },
    close(name) {
      const open = stack.pop()
      if (open !== name) throw new Error(`close </${name}> after <${String(open)}>`)
      if (stack.length === 0) closedRoot = true
    },
    text(t) {
      if (typeof t !== 'string') throw new Error('text is not a string')
    }
  })
  if (stack.length !== 0) throw new Error(`parseXml returned with ${stack.length} element(s) open`)
  if (!closedRoot) throw new Error('parseXml returned without a root element')
}

describe('fuzz: XML tokenizer', () => {
  it('decodeXml + parseXml on mutated XML and random input', () => {
    const target = 'xml: parseXml'
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutatedArb(SEEDS) }, randomArb()), buf => {
        timed(target, buf, () => userErrorOr(() => tokenize(buf)))
      }),
      params(target, 1000)
    )
  })

  it('decodeEntities on text made of entity-like pieces', () => {
    const target = 'xml: decodeEntities'
    const pieces = [
      '&',
      ';',
      '#',
      'x',
      'X',
      '&#',
      '&#x',
      'amp',
      'lt',
      'quot',
      '0',
      '9',
      'F',
      '110000',
      'D800',
      'a',
      ' ',
      ...TOKENS.slice(0, 40)
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), parts => {
        const s = parts.join('')
        const out = timed(target, s, () => userErrorOr(() => decodeEntities(s, 'fuzz.xml')))
        if (out !== undefined && typeof out !== 'string') throw new Error('not a string')
        if (out !== undefined && !s.includes('&') && out !== s) throw new Error('text without & changed')
      }),
      params(target, 1000)
    )
  })
})
