import type { Express } from 'express'
import type { Payload } from 'payload'

/**
 * How a feature (delivery, evaluation) adds its routes: the server composes features and calls
 * each with its Express app before Payload's catch-all API; features never import the server.
 */
export type MountRoutes = (app: Express, payload: Payload) => void
