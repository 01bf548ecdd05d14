import type { Strings } from '../words'

/** Spanish: written by the engineers, listed in docs/translations-review.md for native review. */
export const es: Strings = {
  answerAll: 'Responda a todas las preguntas, por favor (faltan {n}).',
  back: 'Atrás',
  beforeAfter: 'Antes de leer respondió bien {b} de {n} preguntas, y después {c} de {n}.',
  call: 'Llamar al {n}',
  consentBody:
    'Antes y después de leer, queremos hacerle {n} preguntas breves. No es un examen: nos muestra si esta información es clara. No le pedimos su nombre y no usamos cookies. Sus respuestas son anónimas.',
  consentNo: 'No, gracias; solo quiero ver la información',
  consentTitle: '¿Nos ayuda a comprobar que esta información se entiende?',
  consentYes: 'Sí, responderé',
  continue: 'Continuar a las preguntas',
  correct: 'Correcto',
  correctAnswer: 'Respuesta correcta: {a}',
  fallback: 'Este texto aún no está disponible en su idioma.',
  followupBody:
    'Hace unos días respondió aquí {n} preguntas breves. Responderlas de nuevo nos muestra lo que la gente recuerda. Toma un minuto y sus respuestas siguen siendo anónimas.',
  followupNo: 'No, gracias',
  followupOffer: '¿Responde a las preguntas una vez más?',
  followupTitle: 'Unos días después: ¿qué recuerda?',
  followupYes: 'Sí, responderé',
  help: '¿Necesita ayuda o quiere denunciar algo?',
  incorrect: 'No exactamente',
  loadError: 'No se pudo cargar esta información. Inténtelo más tarde.',
  loading: 'Cargando…',
  next: 'Siguiente',
  offline:
    'Está sin conexión. Sus respuestas se guardan en este dispositivo y se enviarán cuando vuelva la conexión. Sus resultados aparecerán aquí.',
  postTitle: 'Después de leer: ¿qué sabe ahora?',
  preIntro: 'Elija una respuesta para cada pregunta. No pasa nada si no sabe.',
  preTitle: 'Antes de leer: ¿qué sabe?',
  question: 'Pregunta {i} de {n}',
  results: 'Sus resultados',
  resultsLater: 'Sus respuestas se enviaron. Gracias.',
  score: 'Respondió bien {c} de {n} preguntas.',
  send: 'Enviar mis respuestas',
  sending: 'Enviando…',
  thanks: 'Gracias por participar.',
  unverified: 'Aún no verificado',
  website: 'Sitio web',
  yourAnswer: 'Su respuesta: {a}',
}
