import { useStorageNotice, type StorageNotice } from '../../store/storage-notice';
import { useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';

/** Problems with the browser's storage, announced and dismissable (never silent). */
export function StorageNotices() {
  const notices = useStorageNotice((s) => s.notices);
  const dismiss = useStorageNotice((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="storage-notices">
      {notices.map((n) => (
        <Notice key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}

function Notice({ notice, onDismiss }: { notice: StorageNotice; onDismiss: () => void }) {
  const t = useMessages(modelsMessages);
  return (
    <div role="alert" className="notice notice-bad" data-kind={notice.kind}>
      <p>
        {t(`notice.${notice.kind}`, { count: notice.count ?? 0 })}
        {notice.key ? ` ${t('notice.keptAs', { key: notice.key })}` : null}
      </p>
      <button type="button" onClick={onDismiss}>{t('dismiss')}</button>
    </div>
  );
}
