// When the core answers from more than one document, '§44' alone does not say
// where a quote comes from: every citation on the card then names its
// document ('《…宣言》§44'). With one document the title would only be noise.
import type { Card, CardElement, Citation } from './card.js';

const named = (c: Citation): Citation => ({ ...c, label: `《${c.documentTitle}》${c.label}` });

function nameIn(element: CardElement): CardElement {
  switch (element.type) {
    case 'quote':
    case 'paragraph':
      return { ...element, citation: named(element.citation) };
    case 'related':
      return { ...element, items: element.items.map((i) => ({ ...i, citation: named(i.citation) })) };
    default:
      return element;
  }
}

/** The card with every citation naming its document when `documents` (how many the core answers from) is more than one. */
export function nameDocuments(card: Card, documents: number): Card {
  return documents > 1 ? { ...card, elements: card.elements.map(nameIn) } : card;
}
