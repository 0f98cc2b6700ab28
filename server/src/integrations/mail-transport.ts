import nodemailer from 'nodemailer';

export type MailTransport = {
  send: (mail: { to: string; subject: string; text: string }) => Promise<void>;
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
