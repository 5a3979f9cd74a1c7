import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import yazl from 'yazl'
import { extractZip, readZipEntryText } from '../../src/shared/archive.js'
import { UserError } from '../../src/shared/errors.js'

interface Item {
  name: string
  data?: Buffer | string
  mode?: number
  compress?: boolean
  dir?: boolean
}

/** Build a zip in memory with yazl (which itself refuses hostile names; see `patch`). */
async function makeZip(items: Item[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const item of items) {
    if (item.dir) zip.addEmptyDirectory(item.name, item.mode === undefined ? {} : { mode: item.mode })
    else
      zip.addBuffer(Buffer.from(item.data ?? ''), item.name, {
        compress: item.compress ?? true,
        ...(item.mode === undefined ? {} : { mode: item.mode })
      })
  }
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/** Replace every occurrence of a same-length name in the local and central headers. */
function patch(zip: Buffer, from: string, to: string): Buffer {
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to))
  const out = Buffer.from(zip)
  const needle = Buffer.from(from)
  let at = out.indexOf(needle)
  let hits = 0
  while (at !== -1) {
    Buffer.from(to).copy(out, at)
    hits++
    at = out.indexOf(needle, at + 1)
  }
  expect(hits).toBeGreaterThanOrEqual(2)
  return out
}

/** Make the headers claim a small uncompressed size (a lying zip bomb). */
function lieAboutSize(zip: Buffer, claimed: number): Buffer {
  const out = Buffer.from(zip)
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i)
    if (sig === 0x04034b50) out.writeUInt32LE(claimed, i + 22)
    if (sig === 0x02014b50) out.writeUInt32LE(claimed, i + 24)
  }
  return out
}

let tmp: string
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'qg-archive-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

let n = 0
async function writeZip(buf: Buffer): Promise<string> {
  const file = path.join(tmp, `z${++n}.zip`)
  await writeFile(file, buf)
  return file
}

async function refusal(zipPath: string, limits = {}): Promise<{ message: string; dest: string }> {
  const dest = path.join(tmp, `out${++n}`)
  const error = await extractZip(zipPath, dest, limits).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(UserError)
  const message = (error as UserError).message
  expect(message).not.toContain('\n')
  expect(message).toContain(zipPath)
  // Nothing is left behind.
  await expect(readdir(dest)).rejects.toThrow(/ENOENT/)
  return { message, dest }
}

describe('extractZip', () => {
  it('extracts a normal nested zip byte-identically', async () => {
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256))
    const zipPath = await writeZip(
      await makeZip([
        { name: 'coverage/lcov.info', data: 'TN:\nSF:src/a.ts\nend_of_record\n' },
        { name: 'coverage/deep/nested/data.bin', data: binary },
        { name: 'coverage/empty/', dir: true },
        { name: 'stored.txt', data: 'not compressed', compress: false },
        { name: 'ünïcode name.txt', data: 'ok' }
      ])
    )
    const dest = path.join(tmp, 'normal')
    const result = await extractZip(zipPath, dest)
    expect(result.files).toEqual([
      'coverage/lcov.info',
      'coverage/deep/nested/data.bin',
      'stored.txt',
      'ünïcode name.txt'
    ])
    expect(result.bytes).toBe(binary.length + 30 + 14 + 2)
    expect(await readFile(path.join(dest, 'coverage/deep/nested/data.bin'))).toEqual(binary)
    expect(await readFile(path.join(dest, 'coverage/lcov.info'), 'utf8')).toBe(
      'TN:\nSF:src/a.ts\nend_of_record\n'
    )
    expect(await readFile(path.join(dest, 'stored.txt'), 'utf8')).toBe('not compressed')
    expect(await readdir(path.join(dest, 'coverage/empty'))).toEqual([])
  })

  it('refuses a "../" entry and writes nothing outside', async () => {
    const zip = patch(
      await makeZip([
        { name: 'ok.txt', data: 'a' },
        { name: 'xx/evil.txt', data: 'pwned' }
      ]),
      'xx/evil.txt',
      '../evil.txt'
    )
    const { message } = await refusal(await writeZip(zip))
    expect(message).toMatch(/refusing entry "\.\.\/evil\.txt": "\.\." segment/)
    await expect(readFile(path.join(tmp, 'evil.txt'))).rejects.toThrow(/ENOENT/)
  })

  it('refuses an absolute entry', async () => {
    const zip = patch(await makeZip([{ name: 'tmp/evil', data: 'x' }]), 'tmp/evil', '/tm/evil')
    expect((await refusal(await writeZip(zip))).message).toMatch(/refusing entry "\/tm\/evil": absolute path/)
  })

  it('refuses drive letters and backslashes', async () => {
    const drive = patch(await makeZip([{ name: 'cx/evil', data: 'x' }]), 'cx/evil', 'C:/evil')
    expect((await refusal(await writeZip(drive))).message).toMatch(/"C:\/evil": drive letter/)
    const slash = patch(await makeZip([{ name: 'aa/evil', data: 'x' }]), 'aa/evil', '..\\evil')
    expect((await refusal(await writeZip(slash))).message).toMatch(/backslash/)
  })

  it('refuses a symlink entry', async () => {
    const zip = await makeZip([{ name: 'link', data: '/etc/passwd', mode: 0o120777 }])
    expect((await refusal(await writeZip(zip))).message).toMatch(/refusing entry "link": symbolic links/)
  })

  it('refuses duplicate names and file/directory clashes', async () => {
    const dup = patch(
      await makeZip([
        { name: 'a.txt', data: '1' },
        { name: 'b.txt', data: '2' }
      ]),
      'b.txt',
      'a.txt'
    )
    expect((await refusal(await writeZip(dup))).message).toMatch(/"a\.txt": duplicate name/)
    const clash = await makeZip([
      { name: 'x', data: '1' },
      { name: 'x/y', data: '2' }
    ])
    expect((await refusal(await writeZip(clash))).message).toMatch(/"x" is also a file/)
  })

  it('stops a zip bomb by counting inflated bytes', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024)
    const bomb = await makeZip([{ name: 'zeros.bin', data: zeros }])
    expect(bomb.length).toBeLessThan(200 * 1024)
    const total = await refusal(await writeZip(bomb), { maxTotalBytes: 10 * 1024 * 1024 })
    expect(total.message).toMatch(/zeros\.bin" declares 52428800 bytes|more than 10485760 bytes in total/)
    const entry = await refusal(await writeZip(bomb), { maxEntryBytes: 1024 * 1024 })
    expect(entry.message).toMatch(/per-entry limit/)
  })

  it('stops a zip bomb whose headers lie about the size', async () => {
    const liar = lieAboutSize(
      await makeZip([{ name: 'zeros.bin', data: Buffer.alloc(20 * 1024 * 1024) }]),
      100
    )
    const { message } = await refusal(await writeZip(liar), { maxTotalBytes: 1024 * 1024 })
    expect(message).toMatch(/zeros\.bin/)
    expect(message).toMatch(/zip bomb|too many bytes/)
  })

  it('refuses too many entries', async () => {
    const zip = await makeZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.txt`, data: String(i) })))
    expect((await refusal(await writeZip(zip), { maxEntries: 10 })).message).toMatch(
      /has 20 entries, more than the limit of 10/
    )
  })

  it('refuses a truncated zip and a file that is not a zip', async () => {
    const good = await makeZip([{ name: 'a.txt', data: 'hello '.repeat(1000) }])
    expect((await refusal(await writeZip(good.subarray(0, good.length - 40)))).message).toMatch(
      /is not a readable zip archive/
    )
    const text = path.join(tmp, 'not-a-zip.zip')
    await writeFile(text, 'just some text, no archive here\n')
    expect((await refusal(text)).message).toMatch(
      /not-a-zip\.zip is not a readable zip archive: End of central directory/
    )
  })

  it('refuses a zip whose data is corrupt in the middle', async () => {
    const good = await makeZip([
      { name: 'a.txt', data: Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251)) }
    ])
    const bad = Buffer.from(good)
    for (let i = 60; i < 200; i++) bad[i] = 0xff
    expect((await refusal(await writeZip(bad))).message).toMatch(/"a\.txt"|not a valid zip/)
  })

  it('refuses a non-empty destination and cleans only what it wrote', async () => {
    const zipPath = await writeZip(await makeZip([{ name: 'a.txt', data: 'a' }]))
    const dest = path.join(tmp, 'busy')
    await mkdir(dest)
    await writeFile(path.join(dest, 'keep.txt'), 'keep')
    await expect(extractZip(zipPath, dest)).rejects.toThrow(/busy is not empty/)
    expect(await readFile(path.join(dest, 'keep.txt'), 'utf8')).toBe('keep')
    const empty = path.join(tmp, 'empty-existing')
    await mkdir(empty)
    const evil = patch(
      await makeZip([
        { name: 'ok.txt', data: 'a' },
        { name: 'xx/e', data: 'b' }
      ]),
      'xx/e',
      '../e'
    )
    await expect(extractZip(await writeZip(evil), empty)).rejects.toThrow(UserError)
    expect(await readdir(empty)).toEqual([])
  })
})

describe('readZipEntryText', () => {
  it('reads one entry in memory, undefined when absent, and caps the size', async () => {
    const zipPath = await writeZip(
      await makeZip([
        { name: 'fragment.json', data: '{"version":1}' },
        { name: 'big.txt', data: 'x'.repeat(5000) }
      ])
    )
    expect(await readZipEntryText(zipPath, 'fragment.json', 1000)).toBe('{"version":1}')
    expect(await readZipEntryText(zipPath, 'missing.json', 1000)).toBeUndefined()
    await expect(readZipEntryText(zipPath, 'big.txt', 100)).rejects.toThrow(/big\.txt" declares 5000 bytes/)
    const liar = lieAboutSize(await makeZip([{ name: 'big.txt', data: 'x'.repeat(5000) }]), 10)
    await expect(readZipEntryText(await writeZip(liar), 'big.txt', 100)).rejects.toThrow(UserError)
  })

  it('refuses hostile archives even when reading one entry', async () => {
    const evil = patch(await makeZip([{ name: 'xx/e', data: 'b' }]), 'xx/e', '../e')
    await expect(readZipEntryText(await writeZip(evil), 'fragment.json', 100)).rejects.toThrow(/"\.\.\/e"/)
  })
})
