/** How dates, names and user text are written into the files people download (packs, templates). */

/** "31 March 2026" for a YYYY-MM-DD date: how a board paper writes dates. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

/** "31/03/2026", the UK short form used in tables. */
export function shortDate(date: string | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Text a spreadsheet would run as a formula when the CSV is opened (=, +, -, @, tab, return at the
 * start: "CSV injection") gets a leading apostrophe, which Excel shows as plain text. Titles and
 * narratives are typed by users, so they cannot be trusted to start innocently.
 */
export function inertText(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A file name part: letters, digits and hyphens only. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'plan'
  );
}
