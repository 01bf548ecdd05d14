/**
 * The widget's own words, in plain language, for the languages the bundled campaigns use.
 * Another language shows these in English, marked lang="en" for screen readers.
 */
export type Strings = {
  answerAll: string
  call: string
  consentBody: string
  consentNo: string
  consentTitle: string
  consentYes: string
  continue: string
  correct: string
  correctAnswer: string
  fallback: string
  help: string
  incorrect: string
  loadError: string
  loading: string
  offline: string
  postTitle: string
  preIntro: string
  preTitle: string
  question: string
  results: string
  resultsLater: string
  score: string
  send: string
  sending: string
  thanks: string
  unverified: string
  website: string
  yourAnswer: string
}

const en: Strings = {
  answerAll: 'Please answer every question ({n} left).',
  call: 'Call {n}',
  consentBody:
    'Before and after you read, we would like to ask you {n} short questions. It is not a test of you: it shows us whether this information is clear. We do not ask your name and we use no cookies. Your answers are anonymous.',
  consentNo: 'No thanks, just show me the information',
  consentTitle: 'Will you help us check that this information works?',
  consentYes: 'Yes, I will answer',
  continue: 'Continue to the questions',
  correct: 'Correct',
  correctAnswer: 'Correct answer: {a}',
  fallback: 'This text is not yet available in your language.',
  help: 'Need help or want to report something?',
  incorrect: 'Not quite',
  loadError: 'This information could not be loaded. Please try again later.',
  loading: 'Loading…',
  offline:
    'You are offline. Your answers are saved on this device and will be sent when you are back online. Your results will appear here.',
  postTitle: 'After reading: what do you know now?',
  preIntro: 'Choose an answer for each question. It is fine not to know.',
  preTitle: 'Before you read: what do you know?',
  question: 'Question {i} of {n}',
  results: 'Your results',
  resultsLater: 'Your answers were sent. Thank you.',
  score: 'You answered {c} of {n} questions correctly.',
  send: 'Send my answers',
  sending: 'Sending…',
  thanks: 'Thank you for taking part.',
  unverified: 'Not yet verified',
  website: 'Website',
  yourAnswer: 'Your answer: {a}',
}

const tl: Strings = {
  answerAll: 'Pakisagot ang lahat ng tanong ({n} pa ang natitira).',
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
  help: 'Kailangan mo ba ng tulong o gusto mong mag-ulat?',
  incorrect: 'Hindi tama',
  loadError: 'Hindi ma-load ang impormasyong ito. Pakisubukang muli mamaya.',
  loading: 'Naglo-load…',
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

const ar: Strings = {
  answerAll: 'يُرجى الإجابة عن كل الأسئلة (بقي {n}).',
  call: 'اتصل بالرقم {n}',
  consentBody:
    'نودّ أن نطرح عليك {n} أسئلة قصيرة قبل القراءة وبعدها. هذا ليس اختبارًا لك، بل يبيّن لنا ما إذا كانت هذه المعلومات واضحة. لا نطلب اسمك ولا نستخدم ملفات تعريف الارتباط (الكوكيز). إجاباتك مجهولة الهوية.',
  consentNo: 'لا شكرًا، اعرض المعلومات فقط',
  consentTitle: 'هل تساعدنا في التأكد من وضوح هذه المعلومات؟',
  consentYes: 'نعم، سأجيب',
  continue: 'تابع إلى الأسئلة',
  correct: 'إجابة صحيحة',
  correctAnswer: 'الإجابة الصحيحة: {a}',
  fallback: 'هذا النص غير متوفر بلغتك بعد.',
  help: 'هل تحتاج إلى مساعدة أو تريد الإبلاغ عن شيء؟',
  incorrect: 'إجابة غير صحيحة',
  loadError: 'تعذّر تحميل هذه المعلومات. يُرجى المحاولة مرة أخرى لاحقًا.',
  loading: 'جارٍ التحميل…',
  offline:
    'أنت غير متصل بالإنترنت. حُفظت إجاباتك على هذا الجهاز وستُرسل عند عودة الاتصال، وستظهر نتيجتك هنا.',
  postTitle: 'بعد القراءة: ماذا تعرف الآن؟',
  preIntro: 'اختر إجابة لكل سؤال. لا بأس إن كنت لا تعرف.',
  preTitle: 'قبل القراءة: ماذا تعرف؟',
  question: 'السؤال {i} من {n}',
  results: 'نتيجتك',
  resultsLater: 'أُرسلت إجاباتك. شكرًا لك.',
  score: 'أجبت إجابة صحيحة عن {c} من {n} أسئلة.',
  send: 'أرسل إجاباتي',
  sending: 'جارٍ الإرسال…',
  thanks: 'شكرًا لمشاركتك.',
  unverified: 'لم يُتحقَّق منه بعد',
  website: 'الموقع الإلكتروني',
  yourAnswer: 'إجابتك: {a}',
}

const fr: Strings = {
  answerAll: 'Répondez à chaque question, s’il vous plaît (il en reste {n}).',
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
  help: 'Besoin d’aide ou envie de signaler quelque chose ?',
  incorrect: 'Pas tout à fait',
  loadError: 'Ces informations n’ont pas pu être chargées. Réessayez plus tard.',
  loading: 'Chargement…',
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

const es: Strings = {
  answerAll: 'Responda a todas las preguntas, por favor (faltan {n}).',
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
  help: '¿Necesita ayuda o quiere denunciar algo?',
  incorrect: 'No exactamente',
  loadError: 'No se pudo cargar esta información. Inténtelo más tarde.',
  loading: 'Cargando…',
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

const id: Strings = {
  answerAll: 'Mohon jawab semua pertanyaan (tinggal {n}).',
  call: 'Telepon {n}',
  consentBody:
    'Sebelum dan sesudah Anda membaca, kami ingin mengajukan {n} pertanyaan singkat. Ini bukan ujian untuk Anda: ini menunjukkan kepada kami apakah informasi ini jelas. Kami tidak menanyakan nama Anda dan tidak memakai cookie. Jawaban Anda anonim.',
  consentNo: 'Tidak, terima kasih; tampilkan informasinya saja',
  consentTitle: 'Maukah Anda membantu kami memeriksa apakah informasi ini jelas?',
  consentYes: 'Ya, saya akan menjawab',
  continue: 'Lanjut ke pertanyaan',
  correct: 'Benar',
  correctAnswer: 'Jawaban yang benar: {a}',
  fallback: 'Teks ini belum tersedia dalam bahasa Anda.',
  help: 'Butuh bantuan atau ingin melapor?',
  incorrect: 'Kurang tepat',
  loadError: 'Informasi ini tidak dapat dimuat. Silakan coba lagi nanti.',
  loading: 'Memuat…',
  offline:
    'Anda sedang luring. Jawaban Anda tersimpan di perangkat ini dan akan dikirim saat Anda kembali daring. Hasil Anda akan muncul di sini.',
  postTitle: 'Setelah membaca: apa yang Anda ketahui sekarang?',
  preIntro: 'Pilih jawaban untuk setiap pertanyaan. Tidak apa-apa jika Anda tidak tahu.',
  preTitle: 'Sebelum membaca: apa yang Anda ketahui?',
  question: 'Pertanyaan {i} dari {n}',
  results: 'Hasil Anda',
  resultsLater: 'Jawaban Anda sudah terkirim. Terima kasih.',
  score: 'Anda menjawab benar {c} dari {n} pertanyaan.',
  send: 'Kirim jawaban saya',
  sending: 'Mengirim…',
  thanks: 'Terima kasih atas partisipasi Anda.',
  unverified: 'Belum diverifikasi',
  website: 'Situs web',
  yourAnswer: 'Jawaban Anda: {a}',
}

const byLocale: Record<string, Strings> = { ar, en, es, fr, id, tl }

/** The strings for a locale, and the locale they are actually in. */
export const stringsFor = (locale: string): { lang: string; strings: Strings } =>
  byLocale[locale] ? { lang: locale, strings: byLocale[locale] } : { lang: 'en', strings: en }

/** Fills {placeholders}. */
export const fill = (text: string, values: Record<string, number | string>): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
