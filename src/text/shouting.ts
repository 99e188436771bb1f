/** WHO WILL CHAIR THE SCO NEXT?: text typed in capitals, whose capitals mark no name or abbreviation. */
export function isShouting(text: string): boolean {
  const letters = text.match(/\p{Script=Latin}/gu) ?? [];
  return letters.length >= 12 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.7;
}
