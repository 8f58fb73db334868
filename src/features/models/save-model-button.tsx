import { downloadModel } from '../../io/model-file';
import { useModelStore } from '../../store/model-store';
import { useMessages } from '../../i18n/use-messages';
import { modelsMessages } from './messages';

/** Saves the active model as a .json file: the way to keep work beyond this browser. */
export function SaveModelButton() {
  const t = useMessages(modelsMessages);
  return (
    <button type="button" title={t('saveFileHint')} onClick={() => downloadModel(useModelStore.getState().model)}>
      {t('saveFile')}
    </button>
  );
}
