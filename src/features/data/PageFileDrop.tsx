import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFile } from './import-controller';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

interface Props {
  /** Called after a file was dropped, e.g. to show the data step. */
  onDropped(): void;
}

/**
 * Makes the whole page a drop target: a file dropped anywhere takes the same path as the file
 * input. A full-page veil shows while a file is dragged over the window.
 */
export function PageFileDrop({ onDropped }: Props) {
  const { t } = useTranslation('data');
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when the drag left the page.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      importFile(file);
      onDropped();
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onDropped]);

  if (!dragging) return null;
  return (
    <div className="drop-veil" aria-hidden="true">
      <div className="drop-veil__card">{t('load.dropVeil')}</div>
    </div>
  );
}
