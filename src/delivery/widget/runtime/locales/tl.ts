import type { Strings } from '../words'

/** Tagalog: written by the engineers, listed in docs/translations-review.md for native review. */
export const tl: Strings = {
  answerAll: 'Pakisagot ang lahat ng tanong ({n} pa ang natitira).',
  back: 'Bumalik',
  beforeAfter: 'Bago magbasa, tama ang {b} sa {n} mong sagot; pagkatapos, tama ang {c} sa {n}.',
  call: 'Tumawag sa {n}',
  consentBody:
    'Bago at pagkatapos mong magbasa, gusto naming magtanong ng {n} maiikling tanong. Hindi ito pagsusulit sa iyo: ipinapakita nito sa amin kung malinaw ang impormasyong ito. Hindi namin hinihingi ang iyong pangalan at hindi kami gumagamit ng cookies. Hindi nakikilala kung kanino galing ang iyong mga sagot.',
  consentNo: 'Hindi, salamat — ipakita na lang ang impormasyon',
  consentTitle: 'Tutulungan mo ba kaming suriin kung malinaw ang impormasyong ito?',
  consentYes: 'Oo, sasagot ako',
  continue: 'Magpatuloy sa mga tanong',
  correct: 'Tama',
  correctAnswer: 'Tamang sagot: {a}',
  fallback: 'Wala pa ang tekstong ito sa iyong wika.',
  followupBody:
    'Ilang araw na ang nakalipas, sumagot ka rito ng {n} maiikling tanong. Kapag sinagot mo ulit ang mga ito, makikita namin kung ano ang natatandaan ng mga tao. Isang minuto lang ito, at hindi pa rin nakikilala kung kanino galing ang iyong mga sagot.',
  followupNo: 'Hindi, salamat',
  followupOffer: 'Sasagutin mo ba ulit ang mga tanong?',
  followupTitle: 'Makalipas ang ilang araw: ano ang natatandaan mo?',
  followupYes: 'Oo, sasagot ako',
  help: 'Kailangan mo ba ng tulong o gusto mong mag-ulat?',
  incorrect: 'Hindi tama',
  loadError: 'Hindi ma-load ang impormasyong ito. Pakisubukang muli mamaya.',
  loading: 'Naglo-load…',
  next: 'Susunod',
  offline:
    'Offline ka. Naka-save sa device na ito ang iyong mga sagot at ipapadala ang mga ito kapag online ka na ulit. Lalabas dito ang iyong resulta.',
  postTitle: 'Pagkatapos magbasa: ano na ang alam mo ngayon?',
  preIntro: 'Pumili ng sagot sa bawat tanong. Ayos lang kung hindi mo alam.',
  preTitle: 'Bago magbasa: ano ang alam mo?',
  question: 'Tanong {i} sa {n}',
  results: 'Ang iyong resulta',
  resultsLater: 'Naipadala ang iyong mga sagot. Salamat.',
  score: 'Tama ang {c} sa {n} mong sagot.',
  send: 'Ipadala ang aking mga sagot',
  sending: 'Ipinapadala…',
  thanks: 'Salamat sa iyong paglahok.',
  unverified: 'Hindi pa beripikado',
  website: 'Website',
  yourAnswer: 'Ang sagot mo: {a}',
}
