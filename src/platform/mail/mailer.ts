import nodemailer from 'nodemailer';
import type { MailSettings } from '../config/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message; rejects when the relay refused it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A mailer over the configured SMTP relay (nodemailer). */
export function smtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
  });
  return {
    async send(message) {
      await transport.sendMail({ from: settings.from, ...message });
    },
  };
}
