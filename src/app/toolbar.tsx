import { href } from './router';
import { useModelStore } from '../store/model-store';
import { useMessages } from '../i18n/use-messages';
import { modelsMessages } from '../features/models/messages';
import { UndoRedoButtons } from '../features/models/undo-redo-buttons';
import { OpenModelButton } from '../features/models/open-model-button';
import { SaveModelButton } from '../features/models/save-model-button';
import { StorageNotices } from '../features/models/storage-notices';
import '../features/models/models.css';

/** The header's tools: which model is open, undo/redo (with shortcuts), open and save files. */
export function Toolbar() {
  const t = useMessages(modelsMessages);
  const title = useModelStore((s) => s.model.title);
  return (
    <div className="toolbar" role="group" aria-label={t('toolbarLabel')}>
      <a className="toolbar-model" href={href('models')} title={t('title')}>
        <span className="visually-hidden">{t('currentModel')}: </span>
        {title || t('untitled')}
      </a>
      <UndoRedoButtons />
      <OpenModelButton />
      <SaveModelButton />
      <div className="toolbar-messages">
        <StorageNotices />
      </div>
    </div>
  );
}
