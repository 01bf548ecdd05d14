import type { Strings } from '../words'

/** French: written by the engineers, listed in docs/translations-review.md for native review. */
export const fr: Strings = {
  answerAll: 'Répondez à chaque question, s’il vous plaît (il en reste {n}).',
  back: 'Retour',
  beforeAfter:
    'Avant la lecture, vous aviez bien répondu à {b} questions sur {n} ; après, à {c} sur {n}.',
  call: 'Appeler le {n}',
  consentBody:
    'Avant et après votre lecture, nous aimerions vous poser {n} questions courtes. Ce n’est pas un examen : cela nous montre si ces informations sont claires. Nous ne demandons pas votre nom et n’utilisons aucun cookie. Vos réponses sont anonymes.',
  consentNo: 'Non merci, montrez-moi seulement les informations',
  consentTitle: 'Nous aidez-vous à vérifier que ces informations sont claires ?',
  consentYes: 'Oui, je réponds',
  continue: 'Passer aux questions',
  correct: 'Bonne réponse',
  correctAnswer: 'Bonne réponse : {a}',
  fallback: 'Ce texte n’est pas encore disponible dans votre langue.',
  followupBody:
    'Il y a quelques jours, vous avez répondu ici à {n} questions courtes. Y répondre de nouveau nous montre ce que les gens retiennent. Cela prend une minute et vos réponses restent anonymes.',
  followupNo: 'Non merci',
  followupOffer: 'Répondez-vous encore une fois aux questions ?',
  followupTitle: 'Quelques jours plus tard : que vous rappelez-vous ?',
  followupYes: 'Oui, je réponds',
  help: 'Besoin d’aide ou envie de signaler quelque chose ?',
  incorrect: 'Pas tout à fait',
  loadError: 'Ces informations n’ont pas pu être chargées. Réessayez plus tard.',
  loading: 'Chargement…',
  next: 'Suivante',
  offline:
    'Vous êtes hors ligne. Vos réponses sont enregistrées sur cet appareil et seront envoyées dès votre retour en ligne. Vos résultats s’afficheront ici.',
  postTitle: 'Après la lecture : que savez-vous maintenant ?',
  preIntro: 'Choisissez une réponse pour chaque question. Ce n’est pas grave de ne pas savoir.',
  preTitle: 'Avant de lire : que savez-vous ?',
  question: 'Question {i} sur {n}',
  results: 'Vos résultats',
  resultsLater: 'Vos réponses ont été envoyées. Merci.',
  score: 'Vous avez bien répondu à {c} questions sur {n}.',
  send: 'Envoyer mes réponses',
  sending: 'Envoi…',
  thanks: 'Merci de votre participation.',
  unverified: 'Pas encore vérifié',
  website: 'Site web',
  yourAnswer: 'Votre réponse : {a}',
}
