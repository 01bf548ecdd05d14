import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import path from 'node:path'

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export type ServerProcess = {
  child: ChildProcess
  output: () => string
  url: string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<null | number>
}

/** Runs a server script in its own Node process, as production does, and waits until healthy. */
export const startServerProcess = async (
  script: string,
  env: Record<string, string> = {},
  /** Starting takes longer with several processes compiling the sources at once. */
  {
    healthyWithinMs = 60_000,
    nodeArguments = [],
  }: {
    healthyWithinMs?: number
    /** Given to node before the script (for example --cpu-prof, which NODE_OPTIONS refuses). */
    nodeArguments?: string[]
  } = {},
): Promise<ServerProcess> => {
  const port = await freePort()
  let output = ''
  const child = spawn(
    process.execPath,
    [...nodeArguments, '--conditions=production', '--import', 'tsx', path.resolve(script)],
    { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = once(child, 'exit').then(([code]) => code as null | number)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + healthyWithinMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) break
    if (Date.now() > deadline) {
      // Not left running: nobody would stop a server the caller never received.
      child.kill('SIGKILL')
      throw new Error(`server not healthy within ${healthyWithinMs / 1000} s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { child, exited, output: () => output, url }
}
