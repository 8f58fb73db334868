// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StorageNotices } from '../../../src/features/models/storage-notices';
import { reportStorageNotice, useStorageNotice, type StorageNoticeKind } from '../../../src/store/storage-notice';
import { useLangStore } from '../../../src/i18n/lang-store';
import { resetAppStores } from '../../store/helpers';

beforeEach(resetAppStores);
afterEach(cleanup);

describe('storage notices', () => {
  it.each<[StorageNoticeKind, 'nb' | 'en', RegExp]>([
    ['corrupt', 'nb', /kunne ikke leses.*eksempelet/],
    ['corrupt', 'en', /could not be read.*example/],
    ['quota', 'nb', /lagring er full/],
    ['quota', 'en', /storage is full/],
    ['restoredBackup', 'nb', /siste gode kopien/],
    ['saveBlocked', 'en', /saving is paused/],
    ['otherTab', 'nb', /annen fane/],
  ])('%s is announced as an alert (%s)', (kind, lang, text) => {
    useLangStore.setState({ lang });
    reportStorageNotice({ kind });
    render(<StorageNotices />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('names the key the unreadable save was kept under, and the count of left-out models', () => {
    reportStorageNotice({ kind: 'partial', count: 2, key: 'gevinstkart-store.corrupt-2026' });
    render(<StorageNotices />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^2 lagrede modeller.*«gevinstkart-store\.corrupt-2026»/);
  });

  it('can be dismissed', async () => {
    const user = userEvent.setup();
    reportStorageNotice({ kind: 'quota' });
    render(<StorageNotices />);
    await user.click(screen.getByRole('button', { name: 'Lukk meldingen' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useStorageNotice.getState().notices).toEqual([]);
  });

  it('the same problem twice shows once', () => {
    render(<StorageNotices />);
    act(() => {
      reportStorageNotice({ kind: 'quota' });
      reportStorageNotice({ kind: 'quota' });
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
