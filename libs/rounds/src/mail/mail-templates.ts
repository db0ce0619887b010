/**
 * The e-mails of reporting rounds, as plain functions of their data: plain text and HTML with the
 * same content. The HTML is simple and accessible: a language, a heading, a table with a caption
 * and header cells, real links (no images, no layout tables), text a screen reader reads in order.
 */

/** One action a person must return. */
export interface DigestItem {
  partnership: string;
  roundTitle: string;
  deadline: string;
  graceEndsOn: string;
  /** True after the deadline: the return is late and counts only until grace ends. */
  pastDeadline: boolean;
  ref: string;
  title: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">\n${body}\n</body></html>\n`;
}

function when(item: DigestItem): string {
  return item.pastDeadline ? `late: deadline was ${item.deadline}, counts until ${item.graceEndsOn}` : `due by ${item.deadline}`;
}

/** The digest: every action a person must return across their partnerships, with a link to their list. */
export function renderDigest(name: string, date: string, items: readonly DigestItem[], publicUrl: string): RenderedMail {
  const link = `${publicUrl.replace(/\/+$/, '')}/my-actions`;
  const count = items.length === 1 ? '1 action' : `${items.length} actions`;
  const subject = `Returns due: ${count} to report on (${date})`;
  const lines = items.map((i) => `- ${i.ref} ${i.title} — ${i.partnership}, ${i.roundTitle} (${when(i)})`);
  const text = [
    `Dear ${name},`,
    '',
    `You have ${count} to report on:`,
    '',
    ...lines,
    '',
    `Report, or confirm no change, at ${link}`,
    '',
    'Partnership Delivery Tracker',
  ].join('\n');
  const rows = items
    .map(
      (i) =>
        `<tr><td>${escapeHtml(i.ref)}</td><td>${escapeHtml(i.title)}</td><td>${escapeHtml(i.partnership)}</td><td>${escapeHtml(i.roundTitle)}</td><td>${escapeHtml(when(i))}</td></tr>`,
    )
    .join('\n');
  const html = page(
    subject,
    `<h1 style="font-size: 24px;">Returns due</h1>
<p>Dear ${escapeHtml(name)},</p>
<p>You have ${count} to report on.</p>
<table style="border-collapse: collapse;" cellpadding="6">
<caption style="text-align: left; font-weight: bold;">Actions you must return, ${escapeHtml(date)}</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Partnership</th><th scope="col">Round</th><th scope="col">When</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="${escapeHtml(link)}">Report, or confirm no change, on your list of actions</a></p>
<p>Partnership Delivery Tracker</p>`,
  );
  return { subject, text, html };
}

/** A missed return escalated after grace, to an agency's contact or a coordinator. */
export interface EscalationItem {
  agency: string;
  ref: string;
  title: string;
}

export function renderEscalation(
  name: string,
  partnership: string,
  roundTitle: string,
  graceEndsOn: string,
  items: readonly EscalationItem[],
  publicUrl: string,
): RenderedMail {
  const subject = `Missed returns: ${roundTitle} (${partnership})`;
  const link = `${publicUrl.replace(/\/+$/, '')}/my-actions`;
  const lines = items.map((i) => `- ${i.agency}: ${i.ref} ${i.title}`);
  const text = [
    `Dear ${name},`,
    '',
    `Grace for "${roundTitle}" ended on ${graceEndsOn}. These returns were not made:`,
    '',
    ...lines,
    '',
    link,
    '',
    'Partnership Delivery Tracker',
  ].join('\n');
  const rows = items.map((i) => `<tr><td>${escapeHtml(i.agency)}</td><td>${escapeHtml(i.ref)}</td><td>${escapeHtml(i.title)}</td></tr>`).join('\n');
  const html = page(
    subject,
    `<h1 style="font-size: 24px;">Missed returns</h1>
<p>Dear ${escapeHtml(name)},</p>
<p>Grace for “${escapeHtml(roundTitle)}” (${escapeHtml(partnership)}) ended on ${escapeHtml(graceEndsOn)}. These returns were not made.</p>
<table style="border-collapse: collapse;" cellpadding="6">
<caption style="text-align: left; font-weight: bold;">Missed returns</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">Ref</th><th scope="col">Action</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="${escapeHtml(link)}">Open the tracker</a></p>`,
  );
  return { subject, text, html };
}

/** A query on a return, or an answer to one: to the other side of the thread. */
export function renderThreadMessage(
  name: string,
  kind: 'ReturnQueried' | 'QueryAnswered',
  ref: string,
  title: string,
  comment: string,
  publicUrl: string,
): RenderedMail {
  const what = kind === 'ReturnQueried' ? 'Your return was queried' : 'Your query was answered';
  const subject = `${what}: ${ref} ${title}`;
  const link = `${publicUrl.replace(/\/+$/, '')}/my-actions`;
  const text = [`Dear ${name},`, '', `${what} on ${ref} ${title}:`, '', comment, '', link].join('\n');
  const html = page(
    subject,
    `<h1 style="font-size: 24px;">${escapeHtml(what)}</h1>\n<p>Dear ${escapeHtml(name)},</p>\n<p>${escapeHtml(ref)} ${escapeHtml(title)}:</p>\n<blockquote>${escapeHtml(comment)}</blockquote>\n<p><a href="${escapeHtml(link)}">Open the tracker</a></p>`,
  );
  return { subject, text, html };
}
