/**
 * Hotline numbers are written for people ("1343 (Metro Manila) · (02) 1343 (from the
 * provinces)"). A tel: link needs one dialable number: the first run of digits, spaces and a
 * leading +, kept when it has at least two digits (French emergency numbers have two).
 */
export const dialNumber = (phone: null | string | undefined): null | string => {
  if (!phone || phone.includes('[PLACEHOLDER')) return null
  const match = /\+?\d[\d\s().-]*\d/.exec(phone)
  if (!match) return null
  const digits = match[0].replace(/[^\d+]/g, '')
  return digits.replace(/\+/g, '').length >= 2 ? digits : null
}
