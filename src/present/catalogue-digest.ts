// The insights digest's strings, in Chinese and English: what was asked, what could
// not be answered, how the answers were rated, and the digest's subscription. Part of
// the one message catalogue (catalogue.ts), which the catalogue test checks whole.
import type { Entry } from './catalogue.js';

export const DIGEST_MESSAGES = {
  // The insights digest: what was asked, what could not be answered, how the answers were rated.
  'digest.heading': { en: 'What the team asked: {from} to {to}', zh: '团队提问情况：{from} 至 {to}' },
  'digest.summary': {
    en: 'What the team asked, {from} to {to}: {asked} asked, {notCovered} not covered',
    zh: '团队提问情况（{from} 至 {to}）：共 {asked} 次提问，{notCovered} 次未涵盖',
  },
  'digest.counts': {
    en: 'Questions asked: {asked} ({answered} answered, {notCovered} not covered by the declaration, {errors} failed).',
    zh: '共提问 {asked} 次（已回答 {answered} 次，宣言未涵盖 {notCovered} 次，出错 {errors} 次）。',
  },
  'digest.noQuestions': { en: 'No questions were asked in this period.', zh: '这段时间没有人提问。' },
  'digest.topTopics': { en: 'Most asked topics', zh: '提问最多的主题' },
  'digest.topicLine': { en: '{name}: {count}', zh: '{name}：{count} 次' },
  'digest.unanswered': { en: 'Most asked questions the declaration did not answer', zh: '宣言未能回答的常见问题' },
  'digest.unansweredLine': { en: '{question} (asked {count}×)', zh: '{question}（问了 {count} 次）' },
  'digest.textNotKept': { en: '(question text not kept)', zh: '（未保存问题原文）' },
  'digest.absent': { en: 'not mentioned: {terms}', zh: '未提及：{terms}' },
  'digest.missing.amount': { en: 'no figure given', zh: '未给出金额' },
  'digest.missing.count': { en: 'no number given', zh: '未给出数量' },
  'digest.missing.date': { en: 'no date given', zh: '未给出日期' },
  'digest.missing.place': { en: 'no place given', zh: '未说明地点' },
  'digest.missing.person': { en: 'no one named', zh: '未说明是谁' },
  'digest.missing.name': { en: 'no names given', zh: '未具体点名' },
  'digest.missing.outcome': { en: 'no outcome given', zh: '未说明成果' },
  'digest.missing.reason': { en: 'no reason given', zh: '未说明原因' },
  'digest.more': { en: '… and {count} more', zh: '……另有 {count} 个' },
  'digest.ratings': { en: 'Ratings', zh: '评价' },
  'digest.ratingSplit': { en: '{helpful} helpful, {notHelpful} not helpful', zh: '有帮助 {helpful} 次，没帮助 {notHelpful} 次' },
  'digest.noRatings': { en: 'No answers were rated.', zh: '没有人评价回答。' },
  'digest.notHelpful': { en: 'Answers rated not helpful', zh: '被评为没帮助的回答' },
  'digest.lookingFor': { en: 'looking for: {text}', zh: '想找的是：{text}' },
  'digest.answerGone': { en: '(answer no longer kept)', zh: '（回答记录已删除）' },
  'digest.outcome.answered': { en: 'answered', zh: '已回答' },
  'digest.outcome.notCovered': { en: 'not covered', zh: '未涵盖' },
  'digest.outcome.error': { en: 'failed', zh: '出错' },
  'chart.title': { en: 'Questions per topic, by week', zh: '每周各主题的提问数' },
  'chart.subtitle': { en: 'Weeks from Monday, {zone}', zh: '每周从星期一算起，时区 {zone}' },
  'chart.empty': { en: 'No questions in these weeks', zh: '这几周没有人提问' },
  'chart.axis': { en: 'Questions', zh: '提问数' },
  'chart.otherTopics': { en: 'Other topics', zh: '其他主题' },
  'chart.alt': {
    en: 'Bar chart of questions per topic in each of the last {weeks} weeks ({total} questions in all).',
    zh: '柱状图：最近 {weeks} 周每周各主题的提问数（共 {total} 次提问）。',
  },
  // The weekly insights digest's subscription.
  'digest.subscribed': {
    en: 'This channel gets the weekly insights digest every {day} at {time} ({zone}).',
    zh: '本频道每{day} {time}（{zone}）收到每周问答摘要。',
  },
  'digest.unsubscribed': { en: 'This channel no longer gets the weekly insights digest.', zh: '本频道已取消每周问答摘要。' },
  'digest.none': { en: 'This channel is not subscribed to the weekly insights digest.', zh: '本频道未订阅每周问答摘要。' },
  'digest.paused': {
    en: 'Paused: the last digest could not be delivered. Subscribe again to resume.',
    zh: '已暂停：上一次摘要发送失败。重新订阅即可恢复。',
  },
  'digest.next': { en: 'Next digest: {when}.', zh: '下一次摘要：{when}。' },
  'digest.forgotten': {
    en: 'Deleted everything the insights kept for this channel: {count} questions with their ratings.',
    zh: '已删除本频道保存的全部问答记录：{count} 个问题及其评价。',
  },
  'error.digestNotSubscribed': {
    en: 'This channel is not subscribed to the weekly insights digest. Subscribe it with: insights subscribe [Day] [HH:MM] [Zone/Name]',
    zh: '本频道未订阅每周问答摘要。订阅请输入：insights subscribe [星期] [HH:MM] [时区]',
  },
  'error.badDay': {
    en: 'That is not a day of the week. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun.',
    zh: '无法识别星期。请使用 周一、周二、周三、周四、周五、周六 或 周日（或 Mon … Sun）。',
  },
  'error.digestUsage': {
    en: 'Use: insights subscribe [Day] [HH:MM] [Zone/Name] | unsubscribe | status | forget',
    zh: '用法：insights subscribe [星期] [HH:MM] [时区] | unsubscribe | status | forget',
  },
  'error.digestDisabled': { en: 'The weekly insights digest is not enabled on this bot.', zh: '本机器人未启用每周问答摘要。' },
  'error.manageServer': {
    en: 'Only members who can manage this server (Manage Server) can change its insights digest or delete what it keeps.',
    zh: '只有能管理本服务器（“管理服务器”权限）的成员才能更改问答摘要或删除其保存的记录。',
  },
  'error.workspaceAdmin': {
    en: 'Only workspace admins and owners can change this channel’s insights digest or delete what it keeps.',
    zh: '只有工作区管理员和所有者才能更改本频道的问答摘要或删除其保存的记录。',
  },
  'weekday.Mon': { en: 'Monday', zh: '周一' },
  'weekday.Tue': { en: 'Tuesday', zh: '周二' },
  'weekday.Wed': { en: 'Wednesday', zh: '周三' },
  'weekday.Thu': { en: 'Thursday', zh: '周四' },
  'weekday.Fri': { en: 'Friday', zh: '周五' },
  'weekday.Sat': { en: 'Saturday', zh: '周六' },
  'weekday.Sun': { en: 'Sunday', zh: '周日' },
} as const satisfies Record<string, Entry>;
