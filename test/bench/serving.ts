/**
 * The serving benches on one server process, as a deployment would run them: delivery, then
 * ingestion, then the server's resident memory after both. Goal: at most 400 MiB resident.
 *
 *   npm run bench                                                    (with the report bench)
 *   node --conditions=production --import tsx test/bench/serving.ts   (alone)
 */
import { fileURLToPath } from 'node:url'

import { startBenchServer, type ServerMemory } from './benchServer'
import { benchDelivery, printDeliveryBench, verdict } from './delivery'
import { benchIngestion, printIngestionBench } from './ingestion'

export const MEMORY_GOAL_MIB = 400

export const printMemory = (memory: ServerMemory, when: string): void => {
  console.log(`\nServer memory ${when} (the API server process, without the admin)`)
  console.log(
    `  resident ${memory.residentMiB.toFixed(0)} MiB (goal ≤ ${MEMORY_GOAL_MIB}: ` +
      `${verdict(memory.residentMiB <= MEMORY_GOAL_MIB)}); of which anonymous ` +
      `${memory.rssAnonMiB.toFixed(0)} MiB, JavaScript heap in use ${memory.heapUsedMiB.toFixed(0)} MiB`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startBenchServer()
  try {
    printMemory(await server.memory(), 'once started, before any load')
    printDeliveryBench(await benchDelivery(server))
    printIngestionBench(await benchIngestion(server))
    printMemory(await server.memory(), 'after the delivery and ingestion loads')
  } finally {
    await server.stop()
  }
  process.exit(0)
}
