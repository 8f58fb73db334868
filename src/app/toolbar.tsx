import type { ReactNode } from 'react';
import { href } from './router';
import { useModelStore } from '../store/model-store';
import { useMessages } from '../i18n/use-messages';
import { modelsMessages } from '../features/models/messages';
import { OpenModelButton } from '../features/models/open-model-button';
import { SaveModelButton } from '../features/models/save-model-button';
import { StorageNotices } from '../features/models/storage-notices';
import { UndoRedo } from './undo-redo';
import '../features/models/models.css';

/** Id of the file buttons, which the phone menu shows and hides. */
export const FILE_TOOLS_ID = 'app-file-tools';

/**
 * The header's tools: which model is open, undo/redo (with shortcuts), open and save files.
 * `menuToggle` (the phone's menu button) sits after undo/redo, so the focus order follows
 * what a phone shows: the button, then the file tools it reveals.
 */
export function Toolbar({ menuToggle }: { menuToggle?: ReactNode }) {
  const t = useMessages(modelsMessages);
  const title = useModelStore((s) => s.model.title);
  return (
    <div className="toolbar" role="group" aria-label={t('toolbarLabel')}>
      <a className="toolbar-model" href={href('models')} title={t('title')}>
        <span className="visually-hidden">{t('currentModel')}: </span>
        {title || t('untitled')}
      </a>
      <UndoRedo />
      {menuToggle}
      <div id={FILE_TOOLS_ID} className="toolbar-files">
        <OpenModelButton />
        <SaveModelButton />
      </div>
      <div className="toolbar-messages">
        <StorageNotices />
      </div>
    </div>
  );
}
