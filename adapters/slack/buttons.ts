// The buttons' action ids: one prefix, so one listener answers them all; the
// action type and an index after it keep ids unique within a message. What a
// button does travels in its value (see adapters/button-action.ts).

export const ACTION_PREFIX = 'astana:';
export const ACTION_PATTERN = /^astana:/;
