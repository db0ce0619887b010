import { Logger } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';

/** One message to send. `key` is its idempotency key, also used as its Message-ID. */
export interface OutgoingMail {
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends through SMTP (`SMTP_URL`, nodemailer); without it, writes each message as an .eml file to
 * a folder (`MAIL_DIR`) and logs it, so development needs no mail server.
 */
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;

  constructor(private readonly options: { smtpUrl: string | null; from: string; mailDir: string }) {
    // Pooled: one SMTP connection carries many messages (a connection per message held sends to ~10 a second).
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(withPool(options.smtpUrl))
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    if (!options.smtpUrl) mkdirSync(options.mailDir, { recursive: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const messageId = `<${mail.key.replace(/[^A-Za-z0-9.:_-]/g, '_')}@partnership-delivery-tracker>`;
    const info = await this.transport.sendMail({ from: this.options.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId });
    if (!this.options.smtpUrl) {
      const file = join(this.options.mailDir, `${mail.key.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`);
      writeFileSync(file, (info as unknown as { message: Buffer }).message);
      this.logger.log(`Mail to ${mail.to} written to ${file}: ${mail.subject}`);
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** The SMTP URL with nodemailer's `pool=true`, unless it says otherwise. */
function withPool(url: string): string {
  return /[?&]pool=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}pool=true`;
}
