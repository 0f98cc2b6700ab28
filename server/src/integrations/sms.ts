import type { Logger } from 'pino';

/**
 * The one door to text messages. No SMS provider is chosen yet: the logging sender writes
 * what would be sent (without the number's last digits) so the ready notice can be followed
 * in the logs; a provider's adapter implements the same `send`.
 */
export type SmsSender = {
  send: (message: { to: string; text: string }) => Promise<void>;
};

/** Keeps the start of a phone number: enough to follow a notice, not enough to call. */
function maskNumber(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${digits.slice(0, Math.max(0, digits.length - 4))}****`;
}

export function createLoggingSmsSender(logger: Logger): SmsSender {
  return {
    send(message) {
      logger.info({ to: maskNumber(message.to), text: message.text }, 'sms (logged, not sent)');
      return Promise.resolve();
    },
  };
}
