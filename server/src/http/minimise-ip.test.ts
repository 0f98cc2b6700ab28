import { describe, expect, it } from 'vitest';
import { minimiseIp } from './minimise-ip.ts';

describe('minimising a client address for the order history', () => {
  it('zeroes the last octet of an IPv4 address', () => {
    expect(minimiseIp('203.0.113.57')).toBe('203.0.113.0');
    expect(minimiseIp('10.1.2.255')).toBe('10.1.2.0');
    expect(minimiseIp('127.0.0.1')).toBe('127.0.0.0');
  });

  it('treats an IPv4 client seen on a dual-stack socket as the IPv4 client', () => {
    expect(minimiseIp('::ffff:127.0.0.1')).toBe('127.0.0.0');
    expect(minimiseIp('::ffff:198.51.100.23')).toBe('198.51.100.0');
    expect(minimiseIp('::ffff:c633:6417')).toBe('198.51.100.0');
  });

  it('keeps the first 48 bits of an IPv6 address, written in its shortest form', () => {
    expect(minimiseIp('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::');
    expect(minimiseIp('2001:0DB8:0001:0002::1')).toBe('2001:db8:1::');
    expect(minimiseIp('2001:db8::1')).toBe('2001:db8::');
    expect(minimiseIp('::1')).toBe('::');
    expect(minimiseIp('fe80::1%eth0')).toBe('fe80::');
    // An IPv4 tail that is not the mapped form stays an IPv6 address.
    expect(minimiseIp('64:ff9b:1::192.0.2.33')).toBe('64:ff9b:1::');
  });

  it('gives null for anything that is not an address', () => {
    expect(minimiseIp(undefined)).toBeNull();
    expect(minimiseIp('')).toBeNull();
    expect(minimiseIp('unknown')).toBeNull();
    expect(minimiseIp('203.0.113.57, 10.0.0.1')).toBeNull();
    expect(minimiseIp('<script>')).toBeNull();
  });
});
