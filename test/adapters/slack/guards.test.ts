import { describe, expect, it } from 'vitest';
import { readButton, readDirectMessage, readFeedbackSubmission, readMention } from '../../../adapters/slack/guards.js';

const user = { id: 'U1', team_id: 'T1' };

describe('the Slack payload guards', () => {
  it('read a mention, answering in its own thread or a new one under it', () => {
    const mention = { type: 'app_mention', user: 'U1', channel: 'C1', text: 'hi', ts: '1.2' };
    expect(readMention(mention)).toEqual({ userId: 'U1', channelId: 'C1', text: 'hi', ts: '1.2', threadTs: '1.2' });
    expect(readMention({ ...mention, thread_ts: '0.5' })?.threadTs).toBe('0.5');
    expect(readMention({ ...mention, thread_ts: 'not a ts' })).toBeUndefined();
  });

  it('take no bot’s message, no edit and no channel message for a question in a DM', () => {
    const dm = { type: 'message', channel_type: 'im', user: 'U1', channel: 'D1', text: 'hi', ts: '1.2' };
    expect(readDirectMessage(dm)).toEqual({ userId: 'U1', channelId: 'D1', text: 'hi', ts: '1.2' });
    for (const other of [{ bot_id: 'B1' }, { subtype: 'message_changed' }, { channel_type: 'channel' }, { text: 'x'.repeat(40_001) }]) {
      expect(readDirectMessage({ ...dm, ...other })).toBeUndefined();
    }
  });

  it('read a click, leaving out an optional detail that fails its check rather than the click', () => {
    const click = { type: 'block_actions', user, actions: [{ action_id: 'astana:more:0', value: 'v' }] };
    expect(readButton({ ...click, channel: { id: 'bad' }, container: { channel_id: 'C9' }, message: { thread_ts: 'x' }, trigger_id: 'x'.repeat(201) })).toEqual(
      {
        userId: 'U1',
        actionId: 'astana:more:0',
        value: 'v',
        channelId: 'C9',
        threadTs: undefined,
        triggerId: undefined,
        teamId: 'T1',
      },
    );
    expect(readButton({ ...click, actions: [] })).toBeUndefined();
  });

  it('read a form’s line, or an empty one when the form carries none', () => {
    const view = { private_metadata: 'm', state: { values: { block: { input: { value: 'its capital' } } } } };
    const submission = { type: 'view_submission', user, view, team: { id: 'T2' } };
    expect(readFeedbackSubmission(submission, 'block', 'input')).toEqual({ userId: 'U1', teamId: 'T2', metadata: 'm', text: 'its capital' });
    expect(readFeedbackSubmission({ ...submission, view: { private_metadata: 'm' } }, 'block', 'input')?.text).toBe('');
  });
});
