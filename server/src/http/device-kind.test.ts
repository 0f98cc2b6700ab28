import { describe, expect, it } from 'vitest';
import { deviceOf } from './device-kind.ts';

const userAgents = {
  iPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  androidPhone:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  iPad: 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  androidTablet:
    'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  windows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  linux: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  smartTv:
    'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/538.1 (KHTML, like Gecko) Version/6.0 TV Safari/538.1',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

describe('the kind of device from a User-Agent', () => {
  it('tells phones, tablets and computers apart', () => {
    expect(deviceOf(userAgents.iPhone)).toBe('mobile');
    expect(deviceOf(userAgents.androidPhone)).toBe('mobile');
    expect(deviceOf(userAgents.iPad)).toBe('tablet');
    // An Android tablet's Chrome leaves out "Mobile"; nothing says "tablet".
    expect(deviceOf(userAgents.androidTablet)).toBe('tablet');
    expect(deviceOf(userAgents.windows)).toBe('desktop');
    expect(deviceOf(userAgents.mac)).toBe('desktop');
    expect(deviceOf(userAgents.linux)).toBe('desktop');
  });

  it('calls a TV, a bot, a script and a missing header unknown', () => {
    expect(deviceOf(userAgents.smartTv)).toBe('unknown');
    expect(deviceOf(userAgents.googlebot)).toBe('unknown');
    expect(deviceOf('curl/8.5.0')).toBe('unknown');
    expect(deviceOf('node-superagent/10.0.0')).toBe('unknown');
    expect(deviceOf('')).toBe('unknown');
    expect(deviceOf('   ')).toBe('unknown');
    expect(deviceOf(undefined)).toBe('unknown');
  });

  it('reads only the start of an overlong header', () => {
    expect(deviceOf(`${userAgents.iPhone} ${'x'.repeat(100_000)}`)).toBe('mobile');
  });
});
