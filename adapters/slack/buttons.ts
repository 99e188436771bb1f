// The buttons' action ids: one prefix, so one listener answers them all; the
// action type and an index after it keep ids unique within a message. What a
// button does travels in its value (see adapters/button-action.ts).

export const ACTION_PREFIX = 'astana:';
/** 'astana_…' too: a button posted before the card encoding is told it is no longer available, not left unanswered. */
export const ACTION_PATTERN = /^astana[:_]/;
