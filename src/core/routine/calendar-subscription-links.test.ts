import { describe, expect, it } from 'vitest';
import { calendarSubscriptionLinks, isLocalAddress } from './calendar-subscription-links.js';

describe('calendarSubscriptionLinks', () => {
  it('gives webcal, Google and Outlook links to the same feed', () => {
    const links = calendarSubscriptionLinks(
      'https://cadence.example.com/api/calendar/abc.ics',
      'Cadence · Boulangerie',
    );
    expect(links.webcal).toBe('webcal://cadence.example.com/api/calendar/abc.ics');
    expect(links.google).toBe(
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fcadence.example.com%2Fapi%2Fcalendar%2Fabc.ics',
    );
    expect(links.outlookCom).toBe(
      'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fcadence.example.com%2Fapi%2Fcalendar%2Fabc.ics&name=Cadence%20%C2%B7%20Boulangerie',
    );
    expect(links.microsoft365.startsWith('https://outlook.office.com/calendar/0/addfromweb?url=')).toBe(true);
  });
});

describe('isLocalAddress', () => {
  it('knows the addresses a cloud calendar cannot reach', () => {
    for (const url of [
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
      'http://192.168.1.20',
      'http://10.0.0.5',
      'http://172.20.1.1',
      'http://cadence.local',
      'http://nas',
      'http://100.101.1.2',
    ])
      expect(isLocalAddress(url), url).toBe(true);
  });

  it('accepts public names and addresses', () => {
    for (const url of [
      'https://cadence.example.com',
      'https://8.8.8.8',
      'https://172.32.0.1',
      'http://[2001:db8::1]',
    ])
      expect(isLocalAddress(url), url).toBe(false);
  });
});
