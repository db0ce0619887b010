import { renderDigest } from './mail-templates';

describe('renderDigest', () => {
  const items = [
    {
      partnership: 'Northshire MSP',
      roundTitle: 'December board',
      deadline: '2026-11-20',
      graceEndsOn: '2026-11-24',
      pastDeadline: false,
      ref: '1.2',
      title: 'Train <frontline> staff',
    },
    {
      partnership: 'Southshire CSP',
      roundTitle: 'Q3 returns',
      deadline: '2026-11-06',
      graceEndsOn: '2026-11-10',
      pastDeadline: true,
      ref: '4.1',
      title: 'Refresh the referral pathway',
    },
  ];

  it('lists every action in text and HTML, with the link to the list', () => {
    const mail = renderDigest('Pat', '2026-11-10', items, 'https://tracker.example/');
    expect(mail.subject).toBe('Returns due: 2 actions to report on (2026-11-10)');
    expect(mail.text).toContain('- 1.2 Train <frontline> staff — Northshire MSP, December board (due by 2026-11-20)');
    expect(mail.text).toContain('- 4.1 Refresh the referral pathway — Southshire CSP, Q3 returns (late: deadline was 2026-11-06, counts until 2026-11-10)');
    expect(mail.text).toContain('https://tracker.example/my-actions');
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain('<th scope="col">Action</th>');
    expect(mail.html).toContain('Train &lt;frontline&gt; staff');
    expect(mail.html).toContain('<a href="https://tracker.example/my-actions">');
  });

  it('says "1 action" for one', () => {
    expect(renderDigest('Pat', '2026-11-10', items.slice(0, 1), 'http://x').subject).toBe('Returns due: 1 action to report on (2026-11-10)');
  });
});
