import { StatusMessage } from '../../components/status-message.tsx';

/** What the last action at the counter came to: said politely, or as an alert when it failed. */
export type CounterNotice = { isError: boolean; text: string } | null;

export function CounterNoticeView({ notice }: { notice: CounterNotice }) {
  if (notice?.isError)
    return (
      <p role="alert" className="notice notice--error">
        {notice.text}
      </p>
    );
  return <StatusMessage message={notice?.text ?? null} />;
}
