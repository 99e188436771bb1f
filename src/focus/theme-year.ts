import { fastIgnoreCase } from '../text/fast-ignore-case.js';
// Which theme a year was given (2025年是上合什么年, 2026年定为什么年, 主题年, 'the SCO theme year for 2026'):
// the SCO names each year for a theme (“可持续发展年”, the Year of Sustainable Development), and only a
// clause naming such a year gives one. A paragraph that merely spans the year (2024—2026年 programmes) does not.
export const ASKS_THEME_YEAR = fastIgnoreCase(
  /(?:19|20)\d{2}\s*年\s*(?:是|为|被?(?:定|宣布|确定|命名|设)为)?[^，。？?\d]{0,8}?(?:什么|啥|哪个|哪一个)(?:主题)?年(?![份代度龄])|主题年|年度主题|\btheme years?\b|\byear of what\b/iu,
);

/** A year named for a theme, as the declaration writes it: “可持续发展年”, or in the English rendering 'the SCO Year of Ecology'. */
export const GIVES_THEME_YEAR = /[“"][^”"]*年[”"]|\bYear of \p{Lu}/u;
