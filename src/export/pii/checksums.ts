// Checksums that tell an identity or card number from any other long run of digits.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = "10X98765432";

/** Chinese resident identity number (GB 11643): 17 digits and a mod-11 check character. */
export function isChineseIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += Number(value[index]) * (ID_WEIGHTS[index] ?? 0);
  return ID_CHECK[sum % 11] === value[17]?.toUpperCase();
}

/** Payment card numbers (ISO/IEC 7812): Luhn's mod-10 check over 13-19 digits. */
export function isLuhnCardNumber(value: string): boolean {
  if (!/^\d{13,19}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < value.length; index++) {
    let digit = Number(value[value.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
