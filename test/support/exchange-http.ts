import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestServer } from './test-server';

/** A problem or warning the import reports, on a row and a column (or field) of the file. */
export interface ImportProblem {
  row: number;
  column: string;
  field: string;
  code: string;
  message: string;
}

/**
 * The JSON of the exchange endpoints: a refusal's `error`, or the import's report. Only the parts
 * the suites read by name are typed; the rest is compared whole with toMatchObject.
 */
export interface ExchangeJson {
  error: { code: string; field: string; message: string; problems: ImportProblem[] };
  dryRun: boolean;
  applied: boolean;
  rows: number;
  file: { format: string; headerRow: number; sheet: string };
  columns: { header: string; field: string }[];
  problems: ImportProblem[];
  /** As problems, with no row for a warning on the whole file. */
  warnings: (Omit<ImportProblem, 'row' | 'column'> & { row: number | null; column: string | null })[];
  actions: { ref: string }[];
  parsedAgencies: { ref: string }[];
}

/** A REST response of the exchange endpoints: status, headers, and the body as JSON (errors, reports) or bytes (files). */
export interface RestResult<T = ExchangeJson> {
  status: number;
  headers: Headers;
  json: T | null;
  bytes: Buffer;
}

async function result<T>(response: Response): Promise<RestResult<T>> {
  const bytes = Buffer.from(await response.arrayBuffer());
  let json: T | null = null;
  if ((response.headers.get('content-type') ?? '').includes('application/json')) json = JSON.parse(bytes.toString('utf8')) as T;
  return { status: response.status, headers: response.headers, json, bytes };
}

/** GET `path` (under the server's URL), with a bearer token when given. */
export async function restGet<T = ExchangeJson>(server: TestServer, path: string, token: string | null): Promise<RestResult<T>> {
  return result<T>(await fetch(`${path.startsWith('http') ? '' : server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));
}

/** POSTs a file as the multipart field `file`, as a browser form would. */
export async function upload<T = ExchangeJson>(
  server: TestServer,
  path: string,
  token: string | null,
  body: Buffer,
  fileName: string,
  field = 'file',
): Promise<RestResult<T>> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(body)]), fileName);
  return result<T>(await fetch(`${server.url}${path}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} }));
}

const run = promisify(execFile);

/**
 * The text of a PDF, page by page, extracted with pdf-parse (pure npm, pdf.js inside). It runs in a
 * child Node process: pdf.js is an ES module that jest's CommonJS sandbox cannot load.
 */
export async function pdfText(pdf: Buffer): Promise<{ pages: string[]; text: string }> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const result = await parser.getText();
      process.stdout.write(JSON.stringify({ pages: result.pages.map((p) => p.text), text: result.text }));
      await parser.destroy();
    });`;
  const child = run(process.execPath, ['-e', script], { cwd: join(__dirname, '../..'), maxBuffer: 64 * 1024 * 1024 });
  child.child.stdin!.end(pdf);
  const { stdout } = await child;
  return JSON.parse(stdout) as { pages: string[]; text: string };
}
