import nodemailer from 'nodemailer';

/** One mail as the worker writes it. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where mail goes: the operator's SMTP server (PLENARY_SMTP_URL), through nodemailer. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * A mailer over an SMTP server given as a URL (smtp://user:pass@host:587, smtps://… for TLS from
 * the start), with `from` as the sender. Connections are pooled; each send waits for the server's
 * acceptance, so a mail the server refused is retried by the worker.
 * @example smtpMailer('smtp://127.0.0.1:2525', 'Plenary <alerts@plenary.example>')
 */
export function smtpMailer(url: string, from: string, options: { timeoutMs?: number } = {}): Mailer {
  const timeout = options.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport(url, {
    pool: true,
    from,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as never);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message, headers: { ...message.headers } });
    },
    close: () => transport.close(),
  };
}
