import { useApp, useController } from './context';
import { useI18n } from '../i18n/I18n';
import { BackupsDialog } from '../backups/BackupsDialog';
import { UnsavedDialog } from './SaveBanner';
import { CloseAction, CloseButton, Modal } from './Modal';

export function Dialogs() {
  const { t } = useI18n();
  const controller = useController();
  const modal = useApp((s) => s.modal);
  const version = useApp((s) => s.version);
  if (!modal) return null;
  const close = () => controller.closeModal();
  if (modal.kind === 'backups') return <BackupsDialog onClose={close} />;
  if (modal.kind === 'unsaved') return <UnsavedDialog count={modal.count} />;
  if (modal.kind === 'about') {
    return (
      <Modal testId="about-dialog" labelledBy="about-title" onClose={close}>
        <h2 id="about-title" className="modal__title">
          {t('appName')}
        </h2>
        <p className="modal__subtitle">{t('appTagline')}</p>
        <p data-testid="about-version">{t('aboutVersion', { version })}</p>
        <p className="muted">{t('aboutText')}</p>
        <CloseAction testId="about-close" label={t('close')} onClick={close} />
      </Modal>
    );
  }
  return (
    <Modal testId="error-modal" labelledBy="error-title" onClose={close} tone="error">
      <h2 id="error-title" className="modal__title" data-testid="error-modal-title">
        {t(modal.title)}
      </h2>
      <p className="modal__message" data-testid="error-modal-message">
        {modal.message}
      </p>
      {modal.previousStillOpen && <p className="muted">{t('previousStillOpen')}</p>}
      <CloseAction testId="error-modal-close" label={t('ok')} onClick={close} />
    </Modal>
  );
}

/** Errors that do not stop the work (an edit main refused...): a dismissible banner. */
export function Notices() {
  const { t } = useI18n();
  const controller = useController();
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert" aria-label={t('errors')} data-testid="error-banner">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-testid="error-notice">
          <span className="notice__icon" aria-hidden="true">
            !
          </span>
          <p className="notice__message" data-testid="error-notice-message">
            {n.message}
          </p>
          <CloseButton className="notice__dismiss" testId="error-notice-dismiss" label={t('dismiss')} onClick={() => controller.dismissNotice(n.id)} />
        </div>
      ))}
    </div>
  );
}
