/**
 * A write stream on a file that must not exist yet. The file is opened ('wx') before the stream is made:
 * createWriteStream(path) opens lazily, so a pipeline that fails early could remove the partial file and
 * then see the pending open create it again, empty. Opening first makes "remove on failure" final.
 */
import type { WriteStream } from 'node:fs'
import { open } from 'node:fs/promises'

export async function createExclusiveWriteStream(target: string, mode = 0o644): Promise<WriteStream> {
  const handle = await open(target, 'wx', mode)
  return handle.createWriteStream()
}
