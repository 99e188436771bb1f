// The card's actions as buttons, on any platform that shows buttons: each
// one's label (earlier and later carry arrows that point the way they page),
// whether it is one the card leads with (more results, the whole paragraph),
// and the value it carries back (button-action.ts), at most `limit`
// characters. The platform only builds its own button from these.

import type { CardAction, CardActionType } from '../src/present/card.js';
import { encodeAction } from './button-action.js';
import type { QueryStore } from './query-store.js';

export interface CardButton {
  type: CardActionType;
  label: string;
  /** What the click hands back: the action and its whole target. */
  value: string;
  /** Shown as the card's leading action, where the platform has such a style. */
  primary: boolean;
}

/** One entry per action type: leaving one out is a compile error. */
const LOOK: Record<CardActionType, { label: (label: string) => string; primary: boolean }> = {
  more: { label: (l) => l, primary: true },
  context: { label: (l) => l, primary: false },
  earlier: { label: (l) => `◀ ${l}`, primary: false },
  later: { label: (l) => `${l} ▶`, primary: false },
  paragraph: { label: (l) => l, primary: true },
  rate: { label: (l) => l, primary: false },
};

export function cardButtons(actions: readonly CardAction[], limit: number, queries: QueryStore): CardButton[] {
  return actions.map((action) => {
    const look = LOOK[action.type];
    return { type: action.type, label: look.label(action.label), value: encodeAction(action, limit, queries), primary: look.primary };
  });
}
