import type { Strings } from '../words'

/** Indonesian: written by the engineers, listed in docs/translations-review.md for native review. */
export const id: Strings = {
  answerAll: 'Mohon jawab semua pertanyaan (tinggal {n}).',
  back: 'Kembali',
  beforeAfter:
    'Sebelum membaca Anda menjawab benar {b} dari {n} pertanyaan, dan sesudahnya {c} dari {n}.',
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
  followupBody:
    'Beberapa hari lalu Anda menjawab {n} pertanyaan singkat di sini. Jawaban ulang Anda menunjukkan kepada kami apa yang diingat orang. Hanya butuh satu menit, dan jawaban Anda tetap anonim.',
  followupNo: 'Tidak, terima kasih',
  followupOffer: 'Maukah Anda menjawab pertanyaan ini sekali lagi?',
  followupTitle: 'Beberapa hari kemudian: apa yang Anda ingat?',
  followupYes: 'Ya, saya akan menjawab',
  help: 'Butuh bantuan atau ingin melapor?',
  incorrect: 'Kurang tepat',
  loadError: 'Informasi ini tidak dapat dimuat. Silakan coba lagi nanti.',
  loading: 'Memuat…',
  next: 'Berikutnya',
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
