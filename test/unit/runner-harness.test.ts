import { describe, expect, it } from '@jest/globals'
import { parseFileCommand, parseWorkflowCommands } from '../support/runner.js'

describe('runner harness parsing', () => {
  it('reads GITHUB_OUTPUT lines and heredocs as the runner writes them', () => {
    const text = 'simple=value\nmulti<<ghadelimiter_1234\nline one\nline=two\nghadelimiter_1234\nempty=\n'
    expect(parseFileCommand(text)).toEqual({ simple: 'value', multi: 'line one\nline=two', empty: '' })
  })

  it('reads workflow commands with escaped properties and data', () => {
    const out = [
      '::error file=src/a%2Cb.ts,line=3,title=Bad%3A thing::first%0Asecond %25 done',
      '::group::Read coverage reports',
      'plain log line',
      '::endgroup::'
    ].join('\n')
    expect(parseWorkflowCommands(out)).toEqual([
      {
        command: 'error',
        properties: { file: 'src/a,b.ts', line: '3', title: 'Bad: thing' },
        message: 'first\nsecond % done'
      },
      { command: 'group', properties: {}, message: 'Read coverage reports' },
      { command: 'endgroup', properties: {}, message: '' }
    ])
  })
})
