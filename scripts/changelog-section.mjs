// `node scripts/changelog-section.mjs 1.2.3`: print CHANGELOG.md's section for that version (the release notes).
// Fails when package.json names another version, or the section is missing, empty or still headed
// "(unreleased)", so a tag cannot be cut without its notes. `--draft` accepts an unreleased section (the tests).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './manifest.mjs'

const draft = process.argv.includes('--draft')
const version = process.argv.slice(2).find(a => a !== '--draft') ?? ''
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(`usage: changelog-section.mjs <major.minor.patch>, not ${JSON.stringify(version)}`)
  process.exit(2)
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
if (pkg.version !== version) {
  console.error(`package.json says ${pkg.version}, the tag says ${version}`)
  process.exit(1)
}
const lines = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n')
const start = lines.findIndex(l => l.startsWith(`## ${version} `) || l === `## ${version}`)
if (start < 0) {
  console.error(`CHANGELOG.md has no "## ${version}" section`)
  process.exit(1)
}
if (!draft && /\(unreleased\)/i.test(lines[start])) {
  console.error(`CHANGELOG.md's "## ${version}" section is still headed "(unreleased)": date it first`)
  process.exit(1)
}
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim()
if (body === '') {
  console.error(`CHANGELOG.md's "## ${version}" section is empty`)
  process.exit(1)
}
console.log(body)
