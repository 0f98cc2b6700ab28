import { useTranslation } from 'react-i18next';
import { type FlashNotice, useFlashNotice } from '../lib/flash-notice.ts';

/** Always rendered, so that a notice put into it is announced by screen readers. */
export function FlashNoticeRegion() {
  const { t } = useTranslation();
  const notice = useFlashNotice();
  const describe = (shown: FlashNotice) =>
    shown.messageKey === 'invitationAccepted'
      ? t('notices.invitationAccepted', { municipality: shown.municipality })
      : shown.messageKey === 'shopInvitationAccepted'
        ? t('shops.owner.joined', { shop: shown.shop })
        : shown.messageKey === 'servicePointInvitationAccepted'
          ? t('servicePoints.operator.joined', { servicePoint: shown.servicePoint })
          : t(`notices.${shown.messageKey}`);
  return (
    <div role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
      {notice ? describe(notice) : null}
    </div>
  );
}
