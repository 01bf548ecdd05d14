import type { Payload } from 'payload'

import { type Environment, readEnvironment } from './environment'

const settingsByInstance = new WeakMap<Payload, Environment>()

/**
 * The settings of one Payload instance: the environment, parsed once when the instance starts
 * (payload.config.ts asks in its onInit, so a bad value stops the start) and then read from here
 * by every route, hook, job and store of that instance, never from process.env again. Kept per
 * instance, not per process: each test file's instance reads the environment that file set up
 * before booting it.
 */
export const settingsOf = (payload: Payload): Environment => {
  let settings = settingsByInstance.get(payload)
  if (!settings) {
    settings = readEnvironment()
    settingsByInstance.set(payload, settings)
  }
  return settings
}
