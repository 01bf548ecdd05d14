import { startEmbeds } from './mountEmbeds'
import { widgetStrings } from './strings'
import { carryWords } from './words'

/**
 * /embed.js: the widget with its words in every language; it asks the delivery API for the
 * campaign each <script data-campaign> or <div data-aware-campaign> names (mountEmbeds.ts).
 */
carryWords(widgetStrings)
startEmbeds(null)
