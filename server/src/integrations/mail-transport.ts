import nodemailer from 'nodemailer';

/** A file sent with a mail: the same bytes on every attempt (the outbox keeps them). */
export type MailAttachment = { filename: string; contentType: string; content: Buffer };

export type MailTransport = {
  send: (mail: {
    to: string;
    subject: string;
    text: string;
    attachments?: MailAttachment[];
  }) => Promise<void>;
};

/** SMTP through nodemailer, e.g. `smtps://user:pass@smtp.example.se:465`. */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail({ from, ...mail });
    },
  };
}
