import { Hotline } from './Hotline'
import { Image } from './Image'
import { Rights } from './Rights'
import { WarningSigns } from './WarningSigns'

export const campaignBodyBlocks = [WarningSigns, Rights, Hotline, Image]
