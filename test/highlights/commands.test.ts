import { describe, expect, it } from 'vitest';
import { commandLanguage, parseHighlightCommand } from '../../src/highlights/commands.js';

describe('parseHighlightCommand', () => {
  it.each([
    ['subscribe 08:30 Asia/Almaty', { command: 'subscribe', time: '08:30', timeZone: 'Asia/Almaty' }],
    ['highlights subscribe Europe/Moscow 7:15', { command: 'subscribe', time: '7:15', timeZone: 'Europe/Moscow' }],
    ['subscribe', { command: 'subscribe' }],
    ['subscribe 25:00', { command: 'subscribe', time: '25:00' }],
    ['unsubscribe', { command: 'unsubscribe' }],
    ['STATUS', { command: 'status' }],
    ['time 08:30', { command: 'time', time: '08:30' }],
    ['timezone Europe/Moscow', { command: 'timezone', timeZone: 'Europe/Moscow' }],
    ['tz Asia/Shanghai', { command: 'timezone', timeZone: 'Asia/Shanghai' }],
    ['preview', { command: 'preview' }],
    ['highlight', { command: 'preview' }],
    ['订阅 09:00 Asia/Shanghai', { command: 'subscribe', time: '09:00', timeZone: 'Asia/Shanghai' }],
    ['取消订阅', { command: 'unsubscribe' }],
    ['时区 Asia/Shanghai', { command: 'timezone', timeZone: 'Asia/Shanghai' }],
  ])('reads %j', (text, expected) => {
    expect(parseHighlightCommand(text)).toEqual(expected);
  });

  it.each(['time', 'timezone', 'subscribe 08:00 09:00', 'subscribe Asia/Almaty Europe/Moscow', 'status now', 'dance'])('refuses %j', (text) => {
    expect(parseHighlightCommand(text)).toBeUndefined();
  });

  it('answers Chinese commands in Chinese', () => {
    expect(commandLanguage('订阅 09:00')).toBe('zh');
    expect(commandLanguage('subscribe 09:00')).toBe('en');
  });
});
